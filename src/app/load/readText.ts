/** The two bytes every gzip stream starts with. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The first bytes of a stream (at least two, enough to tell gzip, unless the stream is shorter) and
 * a stream that yields everything again from the start. A slow source may deliver one byte a chunk.
 */
async function peek(stream: ReadableStream<Uint8Array>): Promise<{ head: Uint8Array; whole: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < 2 && !ended) {
    const next = await reader.read();
    if (next.done) ended = true;
    else {
      chunks.push(next.value);
      length += next.value.byteLength;
    }
  }
  const head = new Uint8Array(length);
  chunks.reduce((offset, chunk) => (head.set(chunk, offset), offset + chunk.byteLength), 0);
  const whole = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (ended) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { head, whole };
}

/** Thrown when a stream that starts like gzip does not decompress. */
export class GzipError extends Error {
  override name = 'GzipError';
}

/**
 * Reads a byte stream to text, gunzipping it when it starts with the gzip magic bytes (whatever the
 * file is called), and reports the bytes read from the source as they arrive.
 */
export async function readText(stream: ReadableStream<Uint8Array>, onBytes: (bytes: number) => void): Promise<string> {
  let bytes = 0;
  const counted = stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        onBytes(bytes);
        controller.enqueue(chunk);
      },
    }),
  );
  const { head, whole } = await peek(counted);
  const gzip = isGzip(head);
  const plain = gzip ? whole.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : whole;
  const parts: string[] = [];
  const reader = plain.pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>).getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  } catch (err) {
    if (gzip) throw new GzipError(`is not valid gzip (${(err as Error).message})`);
    throw err;
  }
  return parts.join('');
}

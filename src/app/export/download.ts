/** Hands a blob to the browser as a download with the given file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The writers' chunks as one blob; the browser keeps the parts, so no single huge string is built. */
export function blobFromChunks(chunks: Iterable<string>, mediaType: string): Blob {
  const parts: string[] = [];
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 1 << 16) {
      parts.push(pending);
      pending = '';
    }
  }
  parts.push(pending);
  return new Blob(parts, { type: mediaType });
}

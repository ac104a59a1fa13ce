/** A file that is not of the kind the importer reads: the import stops (exit code 2). */
export class WrongFileError extends Error {
  override name = 'WrongFileError';
}

export interface Rejection {
  file: string;
  line: number;
  problem: string;
}

/** How many rows went where; every row read ends up in exactly one of the counts after `read`. */
export class ImportTally {
  read = 0;
  /** Malformed rows. */
  rejected = 0;
  /** Well-formed rows of event types not imported (not calls or meetings, without --all-types). */
  otherTypes = 0;
  /** Rows whose two actors are one and the same, or that lack an actor. */
  notInteractions = 0;
  kept = 0;
  readonly firstRejections: Rejection[] = [];

  constructor(private readonly keepRejections = 5) {}

  reject(file: string, line: number, problem: string): void {
    this.rejected++;
    if (this.firstRejections.length < this.keepRejections) this.firstRejections.push({ file, line, problem });
  }
}

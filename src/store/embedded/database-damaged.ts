/**
 * The embedded database folder cannot be used as it is. Nothing was created or changed: a folder
 * that holds anything is never initialised afresh, since that would drop every record in it.
 */
export class DatabaseDamaged extends Error {
  constructor(
    readonly dir: string,
    readonly reason: string,
  ) {
    super(
      `the embedded database at ${dir} cannot be used: ${reason}. No new database was made over it. ` +
        "Restore a backup into an empty folder (jubkoo db restore FILE), or move the folder away to start afresh.",
    );
  }
}

// Keeps the child page equal to the server's record. A push says only "the record is now at
// version v"; the page then reads the record again (cut to its own view). Pure: the reading and
// the watching are passed in, so node --test checks the ordering and gap rules.
//
// - a push at or below the version shown is old news and ignored;
// - a push above it means at least one change was missed or is new: read again (once, however
//   many pushes arrive while a read is on its way; a read that returns an older record than a
//   push promised is followed by another);
// - after a reconnect the page watches again and reads again (pushes may have been lost).
export function createChildSync({ load, watch, onRecord, onError = () => {} }) {
  let shown = 0;
  let wanted = 0;
  let reading = null;

  async function readUntilCurrent() {
    // A read racing a change may return a record older than a version already pushed: read again,
    // a few rounds at most (the next push or reconnect covers anything beyond).
    for (let round = 0; round < 3; round++) {
      const record = await load();
      if (record.version > shown) {
        shown = record.version;
        onRecord(record);
      }
      if (record.version >= wanted) return;
    }
    wanted = shown;
  }

  function refresh() {
    reading ??= readUntilCurrent().catch(onError).finally(() => { reading = null; if (wanted > shown) refresh(); });
    return reading;
  }

  return {
    get version() { return shown; },

    /** First read and start watching; pushes that arrive meanwhile are not lost. */
    async start() {
      wanted = Math.max(wanted, await watch());
      await refresh();
    },

    /** A push: the record moved to `version`. */
    receive(version) {
      if (version <= shown) return null;
      wanted = Math.max(wanted, version);
      return refresh();
    },

    /** After a reconnect or an own change: watch again (groups are per connection) and read. */
    async resync() {
      wanted = Math.max(wanted, await watch());
      return refresh();
    },

    /** An own change answered with the new version: read unless a push already brought it. */
    changed(version) {
      return this.receive(version ?? shown + 1);
    },
  };
}

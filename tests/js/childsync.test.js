import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChildSync } from '../../web/wwwroot/js/childsync.js';

function server(start = 1) {
  const s = { version: start, reads: 0, watches: 0 };
  s.load = async () => { s.reads++; return { version: s.version }; };
  s.watch = async () => { s.watches++; return s.version; };
  return s;
}

test('a push above the shown version reads the record again and shows it', async () => {
  const srv = server(3);
  const shown = [];
  const sync = createChildSync({ load: srv.load, watch: srv.watch, onRecord: (r) => shown.push(r.version) });
  await sync.start();
  srv.version = 4;
  await sync.receive(4);
  assert.deepEqual(shown, [3, 4]);
});

test('a push at or below the shown version is old news and reads nothing', async () => {
  const srv = server(5);
  const sync = createChildSync({ load: srv.load, watch: srv.watch, onRecord: () => {} });
  await sync.start();
  const reads = srv.reads;
  assert.equal(sync.receive(5), null);
  assert.equal(sync.receive(2), null);
  assert.equal(srv.reads, reads);
});

test('a gap (several versions missed) is one read that brings the latest record', async () => {
  const srv = server(1);
  const shown = [];
  const sync = createChildSync({ load: srv.load, watch: srv.watch, onRecord: (r) => shown.push(r.version) });
  await sync.start();
  srv.version = 7;
  await sync.receive(7);
  assert.deepEqual(shown, [1, 7]);
  assert.equal(sync.version, 7);
});

test('pushes arriving while a read is on its way are coalesced into that read or one more', async () => {
  const srv = server(1);
  let release;
  const gate = new Promise((r) => { release = r; });
  const shown = [];
  const sync = createChildSync({
    load: async () => { await gate; srv.reads++; return { version: srv.version }; },
    watch: srv.watch,
    onRecord: (r) => shown.push(r.version),
  });
  const started = sync.start();
  srv.version = 4;
  sync.receive(2);
  sync.receive(3);
  sync.receive(4);
  release();
  await started;
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(shown, [4]);
  assert.ok(srv.reads <= 2, `read ${srv.reads} times`);
});

test('a read that returns an older record than a push promised is followed by another read', async () => {
  let version = 1;
  const answers = [1, 2, 3];
  const shown = [];
  const sync = createChildSync({
    load: async () => ({ version: answers.shift() ?? version }),
    watch: async () => 1,
    onRecord: (r) => shown.push(r.version),
  });
  await sync.start();
  version = 3;
  await sync.receive(3);
  assert.equal(sync.version, 3);
  assert.deepEqual(shown, [1, 2, 3]);
});

test('after a reconnect the page watches again and reads again', async () => {
  const srv = server(2);
  const sync = createChildSync({ load: srv.load, watch: srv.watch, onRecord: () => {} });
  await sync.start();
  srv.version = 5;
  await sync.resync();
  assert.equal(srv.watches, 2);
  assert.equal(sync.version, 5);
});

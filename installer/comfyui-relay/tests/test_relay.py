# SPDX-License-Identifier: MIT
# Copyright (c) 2026 ComfyScope developers
"""Tests of the ComfyScope relay against a small fake of ComfyUI's PromptServer.

Standard library only (unittest, asyncio, threading). Pillow and aiohttp are used when importable
(the real preview encoder, a real aiohttp server); those tests are skipped otherwise.

    python3 -m unittest discover -s installer/comfyui-relay/tests -v
"""

import asyncio
import hashlib
import io
import json
import logging
import os
import struct
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import comfyscope_relay as cr  # noqa: E402

logging.getLogger("comfyscope_relay").setLevel(logging.ERROR)  # drops are expected here

try:
    from PIL import Image
except ImportError:  # pragma: no cover - depends on the machine
    Image = None

try:
    import aiohttp
    from aiohttp import web as aiohttp_web
except ImportError:  # pragma: no cover
    aiohttp = None
    aiohttp_web = None


# ---------------------------------------------------------------------------------------------
# Fakes: aiohttp.web pieces and ComfyUI's PromptServer (send path as in server.py v0.3.x-v0.33)

class FakeResponse:
    def __init__(self, data, status=200):
        self.status = status
        self.data = data


class FakeWS:
    """Stands in for aiohttp.web.WebSocketResponse, for original clients and observers."""

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.sent = []              # str (text frames) or bytes (binary frames), in order
        self.closed = False
        self.close_code = None
        self.incoming = asyncio.Queue()
        self.block = False          # send never completes (a stalled peer)
        self.gate = None            # an asyncio.Event: sends wait until it is set
        self.fail_after = None      # raise ConnectionResetError after this many frames
        self.send_calls = 0

    async def prepare(self, request):
        return self

    async def _send(self, item):
        self.send_calls += 1
        if self.block:
            await asyncio.sleep(3600)
        if self.gate is not None:
            await self.gate.wait()
        if self.fail_after is not None and len(self.sent) >= self.fail_after:
            raise ConnectionResetError("Cannot write to closing transport")
        if self.closed:
            raise ConnectionResetError("closed")
        self.sent.append(item)

    async def send_str(self, data):
        await self._send(data)

    async def send_bytes(self, data):
        await self._send(bytes(data))

    async def send_json(self, data, dumps=json.dumps):
        await self._send(dumps(data))

    async def close(self, code=1000, message=b""):
        if not self.closed:
            self.closed = True
            self.close_code = code
            self.close_message = message
            self.incoming.put_nowait(None)
        return True

    def __aiter__(self):
        return self

    async def __anext__(self):
        msg = await self.incoming.get()
        if msg is None:
            raise StopAsyncIteration
        return msg

    def texts(self):
        return [json.loads(s) for s in self.sent if isinstance(s, str)]

    def binaries(self):
        return [b for b in self.sent if isinstance(b, bytes)]


class FakeWeb:
    WebSocketResponse = FakeWS

    @staticmethod
    def json_response(data, status=200):
        return FakeResponse(data, status)


class FakeRoutes:
    def __init__(self):
        self.handlers = {}

    def get(self, path):
        def deco(fn):
            self.handlers[("GET", path)] = fn
            return fn
        return deco


class FakeQuery(dict):
    def getall(self, key, default=None):
        v = self.get(key)
        if v is None:
            return [] if default is None else default
        return v if isinstance(v, list) else [v]

    def get(self, key, default=None):
        v = dict.get(self, key, default)
        return v[-1] if isinstance(v, list) and v else v


class FakeRequest:
    def __init__(self, query=None, headers=None):
        self.query = FakeQuery(query or {})
        self.headers = headers or {}
        self.remote = "127.0.0.1"
        self.transport = None


class FakePromptQueue:
    def __init__(self):
        self.currently_running = {}
        self.mutex = threading.RLock()


class FakePromptServer:
    """The parts of ComfyUI's PromptServer the relay touches, with the same send path."""

    def __init__(self, loop):
        self.loop = loop
        self.messages = asyncio.Queue()
        self.sockets = {}
        self.sockets_metadata = {}
        self.routes = FakeRoutes()
        self.client_id = None
        self.last_prompt_id = None
        self.last_node_id = None
        self.prompt_queue = FakePromptQueue()

    def connect(self, sid):
        ws = FakeWS()
        self.sockets[sid] = ws
        self.sockets_metadata[sid] = {"feature_flags": {}}
        return ws

    async def send(self, event, data, sid=None):
        if event == cr.UNENCODED_PREVIEW_IMAGE:
            await self.send_image(data, sid=sid)
        elif event == cr.PREVIEW_IMAGE_WITH_METADATA:
            preview_image, metadata = data
            await self.send_image_with_metadata(preview_image, metadata, sid=sid)
        elif isinstance(data, (bytes, bytearray)):
            await self.send_bytes(event, data, sid)
        else:
            await self.send_json(event, data, sid)

    def encode_bytes(self, event, data):
        message = bytearray(struct.pack(">I", event))
        message.extend(data)
        return message

    async def send_image(self, image_data, sid=None):
        image_type, image, max_size = image_data
        if max_size is not None:
            image = image.copy()
            image.thumbnail((max_size, max_size))
        buf = io.BytesIO()
        buf.write(struct.pack(">I", 1 if image_type == "JPEG" else 2))
        image.save(buf, format=image_type, quality=95, compress_level=1)
        await self.send_bytes(cr.PREVIEW_IMAGE, buf.getvalue(), sid=sid)

    async def send_image_with_metadata(self, image_data, metadata=None, sid=None):
        image_type, image, max_size = image_data
        if max_size is not None:
            image = image.copy()
            image.thumbnail((max_size, max_size))
        metadata = {} if metadata is None else metadata
        metadata["image_type"] = "image/png" if image_type == "PNG" else "image/jpeg"  # mutates, as ComfyUI does
        meta = json.dumps(metadata).encode("utf-8")
        buf = io.BytesIO()
        image.save(buf, format=image_type, quality=95, compress_level=1)
        await self.send_bytes(cr.PREVIEW_IMAGE_WITH_METADATA,
                              struct.pack(">I", len(meta)) + meta + buf.getvalue(), sid=sid)

    async def send_bytes(self, event, data, sid=None):
        message = self.encode_bytes(event, data)
        if sid is None:
            for ws in list(self.sockets.values()):
                await ws.send_bytes(message)
        elif sid in self.sockets:
            await self.sockets[sid].send_bytes(message)

    async def send_json(self, event, data, sid=None):
        message = {"type": event, "data": data}
        if sid is None:
            for ws in list(self.sockets.values()):
                await ws.send_json(message)
        elif sid in self.sockets:
            await self.sockets[sid].send_json(message)

    def send_sync(self, event, data, sid=None):
        self.loop.call_soon_threadsafe(self.messages.put_nowait, (event, data, sid))

    def send_progress_text(self, text, node_id, sid=None):
        text = text.encode("utf-8") if isinstance(text, str) else text
        node = str(node_id).encode("utf-8")
        self.send_sync(cr.TEXT, struct.pack(">I", len(node)) + node + text, sid)

    async def publish_loop(self):
        while True:
            msg = await self.messages.get()
            await self.send(*msg)


def run_prompt(server, prompt_id, client_id, previews=0, preview_kind="unencoded", preview_px=64,
               steps=3, text=True):
    """What execution.py / main.py do for one prompt, on the calling (executor) thread."""
    server.prompt_queue.currently_running[1] = (0, prompt_id, {}, {"client_id": client_id} if client_id else {}, [])
    server.last_prompt_id = prompt_id
    server.client_id = client_id
    server.send_sync("status", {"status": {"exec_info": {"queue_remaining": 1}}})
    if client_id is not None:
        server.send_sync("execution_start", {"prompt_id": prompt_id, "timestamp": 1}, client_id)
        server.send_sync("execution_cached", {"nodes": [], "prompt_id": prompt_id, "timestamp": 2}, client_id)
        server.last_node_id = "3"
        server.send_sync("executing", {"node": "3", "display_node": "3", "prompt_id": prompt_id}, client_id)
    for i in range(steps):
        server.send_sync("progress_state", {"prompt_id": prompt_id, "nodes": {"3": {
            "value": i, "max": steps, "state": "running", "node_id": "3", "prompt_id": prompt_id,
            "display_node_id": "3", "parent_node_id": None, "real_node_id": "3"}}}, client_id)
        server.send_sync("progress", {"value": i + 1, "max": steps, "prompt_id": prompt_id, "node": "3"}, client_id)
    for i in range(previews):
        img = Image.new("RGB", (preview_px * 2, preview_px), (i * 20 % 256, 0, 255 - i * 20 % 256))
        if preview_kind == "unencoded":
            server.send_sync(cr.UNENCODED_PREVIEW_IMAGE, ("JPEG", img, 512), client_id)
        elif preview_kind == "metadata":
            meta = {"node_id": "3", "prompt_id": prompt_id, "display_node_id": "3",
                    "parent_node_id": None, "real_node_id": "3"}
            server.send_sync(cr.PREVIEW_IMAGE_WITH_METADATA, (("JPEG", img, 512), meta), client_id)
        else:
            buf = io.BytesIO()
            buf.write(struct.pack(">I", 2))
            img.save(buf, format="PNG")
            server.send_sync(cr.PREVIEW_IMAGE, buf.getvalue(), client_id)
    if text:
        server.send_progress_text("step text %s" % prompt_id, "3")  # sid None: broadcast, as in v0.8.0
    if client_id is not None:
        server.send_sync("executed", {"node": "3", "display_node": "3", "output": {"images": [
            {"filename": "a.png", "subfolder": "", "type": "output"}]}, "prompt_id": prompt_id}, client_id)
        server.send_sync("custom.node.event", {"hello": "world"}, client_id)  # no prompt_id
        server.send_sync("execution_success", {"prompt_id": prompt_id, "timestamp": 3}, client_id)
    server.prompt_queue.currently_running.clear()
    server.send_sync("status", {"status": {"exec_info": {"queue_remaining": 0}}})
    if client_id is not None:
        server.send_sync("executing", {"node": None, "prompt_id": prompt_id}, client_id)


class RelayTestCase(unittest.TestCase):
    """A fresh event loop, fake server and (optionally) relay per test."""

    def setUp(self):
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)  # Python < 3.10 binds queues/events to it
        self.server = FakePromptServer(self.loop)
        self.publisher = self.loop.create_task(self.server.publish_loop())
        self.relay = None

    def tearDown(self):
        self.publisher.cancel()
        if self.relay is not None and self.relay._pool is not None:
            self.relay._pool.shutdown(wait=True)
        pending = asyncio.all_tasks(self.loop)
        for t in pending:
            t.cancel()
        self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self.loop.close()
        asyncio.set_event_loop(None)

    def make_relay(self, encoder=None, **cfg):
        cfg.setdefault("coalesce", False)  # exact sequences; CoalesceTest and ByteIdenticalTest turn it on
        config = cr.RelayConfig(enabled=cfg.pop("enabled", True), **cfg)
        self.relay = cr.Relay(self.server, config, web=FakeWeb, encoder=encoder)
        self.relay.install()
        return self.relay

    def arun(self, coro, timeout=10):
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def settle(self, seconds=0.05):
        self.arun(asyncio.sleep(seconds))

    def connect_observer(self, query=None, headers=None):
        handler = self.server.routes.handlers[("GET", cr.ROUTE_WS)]
        request = FakeRequest(query or {}, headers)
        task = self.loop.create_task(handler(request))
        self.settle(0.02)
        if task.done():
            return task.result(), task
        # the handler is inside `async for msg in ws`: find the observer's socket
        obs = self.relay._observers[-1]
        return obs.ws, task

    def in_thread(self, fn, *args, **kwargs):
        """Run fn on a separate thread (like ComfyUI's executor) while the loop keeps running."""
        done = asyncio.Event()
        box = {}

        def target():
            try:
                box["result"] = fn(*args, **kwargs)
            except BaseException as e:  # pragma: no cover - reported below
                box["error"] = e
            finally:
                self.loop.call_soon_threadsafe(done.set)

        th = threading.Thread(target=target)
        th.start()
        self.arun(done.wait(), timeout=30)
        th.join()
        if "error" in box:
            raise box["error"]
        return box.get("result")

    def relayed(self, ws):
        return [m for m in ws.texts() if "relay" in m]


# ---------------------------------------------------------------------------------------------

class ConfigTest(unittest.TestCase):
    def test_off_by_default_env(self):
        c = cr.RelayConfig.from_env({})
        self.assertFalse(c.enabled)
        self.assertEqual(c.token, "")
        self.assertFalse(c.raw_ids)
        c = cr.RelayConfig.from_env({"COMFYSCOPE_RELAY": "1", "COMFYSCOPE_RELAY_TOKEN": "s3cret",
                                     "COMFYSCOPE_RELAY_IDS": "1", "COMFYSCOPE_RELAY_PREVIEW_SIZE": "9999"})
        self.assertTrue(c.enabled)
        self.assertEqual(c.token, "s3cret")
        self.assertTrue(c.raw_ids)
        self.assertEqual(c.preview_size, 512)  # clamped
        self.assertFalse(cr.RelayConfig.from_env({"COMFYSCOPE_RELAY": "0"}).enabled)


class OffByDefaultTest(RelayTestCase):
    def test_disabled_relay_changes_nothing(self):
        orig = self.server.send_sync
        relay = cr.Relay(self.server, cr.RelayConfig.from_env({}), web=FakeWeb)
        relay.install()
        self.relay = relay
        self.assertEqual(self.server.send_sync, orig)  # not wrapped
        info = self.arun(self.server.routes.handlers[("GET", cr.ROUTE_INFO)](FakeRequest()))
        self.assertEqual(info.data, {"version": 1, "enabled": False})
        resp, _ = self.connect_observer()
        self.assertIsInstance(resp, FakeResponse)
        self.assertEqual(resp.status, 404)

    def test_setup_with_env_off(self):
        relay = cr.setup(self.server, env={})
        self.relay = relay
        self.assertIsNotNone(relay)
        self.assertFalse(hasattr(self.server.send_sync, "comfyscope_relay"))


class TokenTest(RelayTestCase):
    def test_token_enforced(self):
        self.make_relay(token="right-token")
        info = self.arun(self.server.routes.handlers[("GET", cr.ROUTE_INFO)](FakeRequest()))
        self.assertTrue(info.data["token_required"])
        self.assertNotIn("right-token", json.dumps(info.data))
        resp, _ = self.connect_observer()
        self.assertEqual(resp.status, 401)
        resp, _ = self.connect_observer({"token": "wrong"})
        self.assertEqual(resp.status, 403)
        resp, _ = self.connect_observer({"token": "right-token-and-more"})
        self.assertEqual(resp.status, 403)
        resp, _ = self.connect_observer(headers={cr.TOKEN_HEADER: "nope"})
        self.assertEqual(resp.status, 403)
        self.assertEqual(self.relay.n_observers, 0)
        ws, _ = self.connect_observer({"token": "right-token"})
        self.assertIsInstance(ws, FakeWS)
        ws2, _ = self.connect_observer(headers={cr.TOKEN_HEADER: "right-token"})
        self.assertIsInstance(ws2, FakeWS)
        self.assertEqual(self.relay.n_observers, 2)
        self.settle()
        self.assertEqual(ws.texts()[0]["type"], "relay_hello")

    def test_no_token_configured_accepts(self):
        self.make_relay()
        ws, _ = self.connect_observer()
        self.assertIsInstance(ws, FakeWS)

    def test_observer_limit(self):
        self.make_relay(max_observers=1)
        ws, _ = self.connect_observer()
        self.assertIsInstance(ws, FakeWS)
        resp, _ = self.connect_observer()
        self.assertEqual(resp.status, 503)


class RelayEventsTest(RelayTestCase):
    def test_other_clients_prompt_reaches_observer_with_envelope(self):
        self.make_relay()
        alice = self.server.connect("alice")
        bob = self.server.connect("bob")
        obs, _ = self.connect_observer()
        self.in_thread(run_prompt, self.server, "P1", "alice")
        self.settle(0.1)
        got = self.relayed(obs)
        types = [m["type"] for m in got]
        self.assertEqual(types, ["execution_start", "execution_cached", "executing",
                                 "progress_state", "progress", "progress_state", "progress",
                                 "progress_state", "progress", "progress_text", "executed",
                                 "custom.node.event", "execution_success", "executing"])
        label = hashlib.sha256(self.relay._salt + b"alice").hexdigest()[:12]
        for m in got:
            self.assertEqual(m["relay"]["client"], label)
            self.assertEqual(m["relay"]["prompt_id"], "P1")
        self.assertEqual([m["relay"]["broadcast"] for m in got if m["type"] == "progress_text"], [True])
        # data is exactly what alice got
        alice_msgs = [json.loads(s) for s in alice.sent if isinstance(s, str)]
        alice_prompt = [m for m in alice_msgs if m["type"] != "status"]
        self.assertEqual([m["data"] for m in got if m["type"] != "progress_text"],
                         [m["data"] for m in alice_prompt])
        self.assertEqual(got[-1]["data"], {"node": None, "prompt_id": "P1"})
        text = [m for m in got if m["type"] == "progress_text"][0]
        self.assertEqual(text["data"], {"node_id": "3", "text": "step text P1", "prompt_id": "P1"})
        # bob (another /ws client) saw only broadcasts, the observer no status broadcasts
        self.assertEqual({json.loads(s)["type"] for s in bob.sent if isinstance(s, str)}, {"status"})
        self.assertNotIn("status", types)
        hello = obs.texts()[0]
        self.assertEqual(hello["type"], "relay_hello")
        self.assertNotIn("relay", hello)

    def test_unrelated_messages_not_relayed(self):
        self.make_relay()
        self.server.connect("alice")
        obs, _ = self.connect_observer()

        def idle():
            self.server.last_prompt_id = "old"
            self.server.client_id = "alice"
            self.server.send_sync("status", {"status": {"exec_info": {"queue_remaining": 0}}})
            self.server.send_sync("custom.notify", {"x": 1}, "alice")  # no prompt running
            self.server.send_sync(cr.TEXT, struct.pack(">I", 1) + b"1" + b"idle text")
        self.in_thread(idle)
        self.settle()
        self.assertEqual(self.relayed(obs), [])

    def test_prompt_without_client_id_is_broadcast(self):
        self.make_relay()
        obs, _ = self.connect_observer()
        self.in_thread(run_prompt, self.server, "P0", None)
        self.settle()
        got = self.relayed(obs)
        self.assertEqual([m["type"] for m in got], ["progress_state", "progress"] * 3 + ["progress_text"])
        for m in got:
            self.assertEqual(m["relay"], {"client": None, "prompt_id": "P0", "broadcast": True})

    def test_exclude_client(self):
        self.make_relay()
        self.server.connect("alice")
        self.server.connect("me")
        obs, _ = self.connect_observer({"exclude_client": "me"})
        self.in_thread(run_prompt, self.server, "Pme", "me")
        self.in_thread(run_prompt, self.server, "Palice", "alice")
        self.settle(0.1)
        self.assertEqual({m["relay"]["prompt_id"] for m in self.relayed(obs)}, {"Palice"})

    def test_hashed_vs_raw_ids(self):
        self.make_relay()
        self.server.connect("alice")
        obs, _ = self.connect_observer()
        self.in_thread(run_prompt, self.server, "P1", "alice", text=False)
        self.in_thread(run_prompt, self.server, "P2", "carol", text=False)
        self.settle(0.1)
        labels = {}
        for m in self.relayed(obs):
            labels.setdefault(m["relay"]["prompt_id"], set()).add(m["relay"]["client"])
        self.assertEqual(len(labels["P1"]), 1)  # stable
        a, c = labels["P1"].pop(), labels["P2"].pop()
        self.assertNotEqual(a, c)
        self.assertRegex(a, r"^[0-9a-f]{12}$")
        self.assertNotIn("alice", json.dumps(obs.texts()))
        self.assertEqual(a, hashlib.sha256(self.relay._salt + b"alice").hexdigest()[:12])
        # another server run (another salt) gives another label
        other = cr.Relay(FakePromptServer(self.loop), cr.RelayConfig(enabled=True), web=FakeWeb)
        self.assertNotEqual(other.client_label("alice"), a)

    def test_raw_ids(self):
        self.make_relay(raw_ids=True)
        obs, _ = self.connect_observer()
        self.in_thread(run_prompt, self.server, "P1", "alice", text=False)
        self.settle()
        self.assertEqual({m["relay"]["client"] for m in self.relayed(obs)}, {"alice"})
        info = self.arun(self.server.routes.handlers[("GET", cr.ROUTE_INFO)](FakeRequest()))
        self.assertEqual(info.data["ids"], "raw")

    def test_hello_names_running_prompt(self):
        self.make_relay()
        self.server.prompt_queue.currently_running[7] = (3, "Prun", {}, {"client_id": "zed"}, [])
        obs, _ = self.connect_observer()
        self.settle()
        hello = obs.texts()[0]["data"]
        self.assertEqual(hello["running"], [{"prompt_id": "Prun", "client": self.relay.client_label("zed")}])
        self.assertEqual(hello["version"], 1)


class ByteIdenticalTest(RelayTestCase):
    """The original clients receive exactly the same frames with and without the relay."""

    def scenario(self, with_relay):
        if with_relay:
            self.make_relay(preview_interval=0.05, coalesce=True)
            obs, _ = self.connect_observer({"previews": "1"})
            obs2, _ = self.connect_observer()
        alice = self.server.connect("alice")
        bob = self.server.connect("bob")
        kinds = ["unencoded", "metadata", "encoded"] if Image is not None else []
        for i, kind in enumerate(kinds or [None]):
            self.in_thread(run_prompt, self.server, "P%d" % i, "alice",
                           previews=3 if kind else 0, preview_kind=kind or "unencoded")
        self.in_thread(run_prompt, self.server, "Pb", "bob")
        self.in_thread(run_prompt, self.server, "Pnone", None)
        self.settle(0.3)
        out = (list(alice.sent), list(bob.sent))
        if with_relay:
            self.assertGreater(len(self.relayed(obs)), 20)
            self.assertGreater(len(obs2.texts()), 20)
            if Image is not None:
                self.assertGreater(len(obs.binaries()), 0)
        return out

    def test_original_clients_byte_for_byte(self):
        without = self.scenario(False)
        self.tearDown()
        self.setUp()
        with_relay = self.scenario(True)
        self.assertEqual(len(without[0]), len(with_relay[0]))
        self.assertEqual(without[0], with_relay[0])  # alice: every frame, byte for byte
        self.assertEqual(without[1], with_relay[1])  # bob
        self.assertGreater(len(without[0]), 20)


class FakeEncoder:
    """Records what it was asked to encode; returns a marker instead of a JPEG."""

    def __init__(self):
        self.calls = []
        self.lock = threading.Lock()

    def __call__(self, source, max_side, quality):
        with self.lock:
            self.calls.append((source, max_side, quality))
        tag = source.info.get("tag", "?") if hasattr(source, "info") else source[:16].hex()
        return b"JPEG:" + str(tag).encode(), max_side, max_side // 2


class FakeImage:
    def __init__(self, tag):
        self.info = {"tag": tag}


def parse_preview(frame):
    etype, mlen = struct.unpack(">II", frame[:8])
    meta = json.loads(frame[8:8 + mlen].decode("utf-8"))
    return etype, meta, frame[8 + mlen:]


class PreviewTest(RelayTestCase):
    def preview_thread(self, n, gap, kind="unencoded", prompt_id="P1", client="alice"):
        def go():
            self.server.prompt_queue.currently_running[1] = (0, prompt_id, {}, {"client_id": client}, [])
            self.server.last_prompt_id = prompt_id
            self.server.client_id = client
            self.server.last_node_id = "9"
            t0 = time.monotonic()
            for i in range(n):
                img = FakeImage(i)
                if kind == "unencoded":
                    self.relay._capture((cr.UNENCODED_PREVIEW_IMAGE, ("JPEG", img, 512), client), {})
                else:
                    meta = {"node_id": "12.0.3", "prompt_id": prompt_id, "display_node_id": "12",
                            "parent_node_id": "12", "real_node_id": "12"}
                    self.relay._capture((cr.PREVIEW_IMAGE_WITH_METADATA, (("JPEG", img, 512), meta), client), {})
                time.sleep(gap)
            return time.monotonic() - t0
        return self.in_thread(go)

    def test_rate_limited_newest_wins(self):
        enc = FakeEncoder()
        self.make_relay(encoder=enc, preview_interval=0.5)
        obs, _ = self.connect_observer({"previews": "1"})
        plain, _ = self.connect_observer()
        elapsed = self.preview_thread(40, 0.03)  # 40 previews over ~1.2 s (~33/s)
        self.settle(0.7)
        frames = obs.binaries()
        allowed = int(elapsed / 0.5) + 2
        self.assertLessEqual(len(frames), allowed)
        self.assertGreaterEqual(len(frames), 2)
        tags = [parse_preview(f)[2] for f in frames]
        self.assertEqual(tags[0], b"JPEG:0")          # the first goes out at once
        self.assertEqual(tags[-1], b"JPEG:39")        # the newest is never lost
        self.assertEqual(tags, sorted(tags, key=lambda t: int(t[5:])))
        self.assertEqual(len(enc.calls), len(frames))  # only sent previews were encoded
        self.assertEqual(plain.binaries(), [])         # no previews without ?previews=1
        self.assertGreater(self.relay.stats["previews_coalesced"], 20)

    def test_frame_layout(self):
        enc = FakeEncoder()
        self.make_relay(encoder=enc, preview_size=256)
        obs, _ = self.connect_observer({"previews": "1"})
        self.preview_thread(1, 0, kind="metadata", prompt_id="PX", client="alice")
        self.settle(0.1)
        (frame,) = obs.binaries()
        etype, meta, body = parse_preview(frame)
        self.assertEqual(etype, 4)
        self.assertEqual(body, b"JPEG:0")
        self.assertEqual(meta["node_id"], "12.0.3")
        self.assertEqual(meta["display_node_id"], "12")
        self.assertEqual(meta["parent_node_id"], "12")
        self.assertEqual(meta["prompt_id"], "PX")
        self.assertEqual(meta["image_type"], "image/jpeg")
        self.assertEqual((meta["width"], meta["height"]), (256, 128))
        self.assertEqual(meta["relay"], {"client": self.relay.client_label("alice"),
                                         "prompt_id": "PX", "broadcast": False})
        self.assertEqual(enc.calls[0][1], 256)

    def test_rate_limit_is_per_prompt(self):
        enc = FakeEncoder()
        self.make_relay(encoder=enc, preview_interval=10.0)
        obs, _ = self.connect_observer({"previews": "1"})
        self.preview_thread(3, 0, prompt_id="PA")
        self.preview_thread(3, 0, prompt_id="PB", client="bob")
        self.settle(0.1)
        self.assertEqual(sorted(parse_preview(f)[1]["prompt_id"] for f in obs.binaries()), ["PA", "PB"])

    @unittest.skipIf(Image is None, "Pillow not installed")
    def test_downscaled_jpeg(self):
        self.make_relay(preview_size=256, preview_interval=0.05)
        self.server.connect("alice")
        obs, _ = self.connect_observer({"previews": "1"})
        self.in_thread(run_prompt, self.server, "P1", "alice", previews=1, preview_px=600)  # 1200x600
        self.in_thread(run_prompt, self.server, "P2", "alice", previews=1, preview_kind="metadata", preview_px=600)
        self.in_thread(run_prompt, self.server, "P3", "alice", previews=1, preview_kind="encoded", preview_px=600)
        self.in_thread(run_prompt, self.server, "P4", "alice", previews=1, preview_px=50)  # 100x50: not enlarged
        self.settle(0.5)
        frames = [parse_preview(f) for f in obs.binaries()]
        self.assertEqual(sorted(m["prompt_id"] for _, m, _ in frames), ["P1", "P2", "P3", "P4"])
        for _, meta, body in frames:
            self.assertEqual(body[:3], b"\xff\xd8\xff")
            im = Image.open(io.BytesIO(body))
            self.assertEqual(im.format, "JPEG")
            self.assertEqual(im.size, (meta["width"], meta["height"]))
            if meta["prompt_id"] == "P4":
                self.assertEqual(im.size, (100, 50))
            else:
                self.assertEqual(im.size, (256, 128))

    @unittest.skipIf(Image is None, "Pillow not installed")
    def test_encode_preview_modes(self):
        for mode in ("RGBA", "L", "P", "RGB"):
            jpeg, w, h = cr.encode_preview(Image.new(mode, (700, 300)), 512, 80)
            self.assertEqual((w, h), (512, 219))
            self.assertEqual(Image.open(io.BytesIO(jpeg)).format, "JPEG")


class SlowObserverTest(RelayTestCase):
    def test_full_observer_dropped_without_blocking_send_sync(self):
        self.make_relay(queue_limit=100, send_timeout=60, stall_time=0.5)
        alice = self.server.connect("alice")
        stalled, stalled_task = self.connect_observer()
        stalled.block = True
        good, _ = self.connect_observer()
        n = 2000

        def flood():
            self.server.prompt_queue.currently_running[1] = (0, "P", {}, {"client_id": "alice"}, [])
            self.server.last_prompt_id = "P"
            self.server.client_id = "alice"
            worst = 0.0
            t0 = time.perf_counter()
            for i in range(n):
                t = time.perf_counter()
                self.server.send_sync("progress", {"value": i, "max": n, "prompt_id": "P", "node": "1"}, "alice")
                worst = max(worst, time.perf_counter() - t)
                if i % 50 == 49:
                    time.sleep(0.002)  # a real executor does some work between events
            return time.perf_counter() - t0, worst

        total, worst = self.in_thread(flood)
        self.settle(0.3)
        self.assertLess(total, 1.0, "send_sync was slowed down")
        self.assertLess(worst, 0.05)
        self.assertTrue(stalled.closed)
        self.assertEqual(stalled.close_code, cr.CLOSE_TOO_SLOW)
        self.assertEqual(self.relay.n_observers, 1)
        self.assertEqual(self.relay.stats["observers_dropped"], 1)
        self.assertEqual(len([s for s in alice.sent if isinstance(s, str)]), n)
        self.assertEqual(len(self.relayed(good)), n)
        self.settle(0.05)
        self.assertTrue(stalled_task.done())

    def test_send_timeout_drops_observer(self):
        self.make_relay(send_timeout=0.2)
        stalled, _ = self.connect_observer()
        stalled.block = True
        t0 = time.monotonic()
        self.in_thread(run_prompt, self.server, "P", "alice", text=False)
        self.assertLess(time.monotonic() - t0, 0.15)
        self.settle(0.6)
        self.assertTrue(stalled.closed)
        self.assertEqual(stalled.close_code, cr.CLOSE_TOO_SLOW)
        self.assertEqual(self.relay.n_observers, 0)

    def test_send_sync_fast_path_without_observers(self):
        self.make_relay()
        self.server.connect("alice")
        t0 = time.perf_counter()
        for i in range(20000):
            self.server.send_sync("progress", {"value": i}, "alice")
        self.assertLess(time.perf_counter() - t0, 1.0)
        self.settle(0.2)
        self.assertEqual(self.relay.stats["relayed"], 0)


class CoalesceTest(RelayTestCase):
    def test_unsent_progress_superseded(self):
        self.make_relay(coalesce=True, queue_limit=100)
        obs, _ = self.connect_observer()
        self.settle()
        obs.gate = asyncio.Event()  # the observer stops reading for a while
        n = 1000

        def flood():
            self.server.prompt_queue.currently_running[1] = (0, "P", {}, {"client_id": "alice"}, [])
            self.server.last_prompt_id = "P"
            self.server.client_id = "alice"
            self.server.send_sync("executing", {"node": "1", "display_node": "1", "prompt_id": "P"}, "alice")
            for i in range(n):
                self.server.send_sync("progress_state", {"prompt_id": "P", "nodes": {"1": {"value": i}}}, "alice")
                self.server.send_sync("progress", {"value": i, "max": n, "prompt_id": "P", "node": "1"}, "alice")
                if i == n // 2:
                    self.server.send_sync("progress", {"value": 7, "max": 9, "prompt_id": "P", "node": "2"}, "alice")
            self.server.send_sync("execution_success", {"prompt_id": "P", "timestamp": 1}, "alice")
        self.in_thread(flood)
        self.settle(0.1)
        self.assertEqual(self.relay.n_observers, 1)  # not dropped: 2000 messages, few live ones
        obs.gate.set()
        self.settle(0.1)
        got = self.relayed(obs)
        types = [m["type"] for m in got]
        self.assertEqual(types[0], "executing")
        self.assertEqual(types[-1], "execution_success")
        self.assertLess(len(got), 20)
        last_state = [m for m in got if m["type"] == "progress_state"][-1]
        self.assertEqual(last_state["data"]["nodes"]["1"]["value"], n - 1)
        last = [m["data"] for m in got if m["type"] == "progress"]
        self.assertEqual([d["value"] for d in last if d["node"] == "1"][-1], n - 1)
        self.assertEqual([d["value"] for d in last if d["node"] == "2"], [7])  # other node kept
        self.assertGreater(self.relay._observers[0].superseded, 1900)


class DisconnectTest(RelayTestCase):
    def test_observer_disconnects_mid_send(self):
        self.make_relay()
        alice = self.server.connect("alice")
        flaky, flaky_task = self.connect_observer()
        flaky.fail_after = 3  # hello + 2 relayed messages, then the transport is gone
        good, _ = self.connect_observer()
        self.in_thread(run_prompt, self.server, "P1", "alice")
        self.settle(0.1)
        self.assertEqual(self.relay.n_observers, 1)
        self.assertEqual(len(flaky.sent), 3)
        self.assertTrue(flaky_task.done())
        self.assertIsNone(flaky_task.exception())
        self.assertEqual(len(self.relayed(good)), 14)
        self.in_thread(run_prompt, self.server, "P2", "alice")  # keeps working afterwards
        self.settle(0.1)
        self.assertEqual(len(self.relayed(good)), 28)
        self.assertEqual(len([s for s in alice.sent if isinstance(s, str)]), 2 * 15)

    def test_observer_closes_cleanly(self):
        self.make_relay()
        obs, task = self.connect_observer()
        self.assertEqual(self.relay.n_observers, 1)
        obs.incoming.put_nowait(None)  # the peer closes
        self.settle()
        self.assertTrue(task.done())
        self.assertEqual(self.relay.n_observers, 0)
        self.in_thread(run_prompt, self.server, "P1", "alice")  # nothing to deliver, nothing breaks
        self.settle()

    def test_capture_never_raises(self):
        self.make_relay()
        self.connect_observer()
        closed = asyncio.new_event_loop()
        closed.close()
        self.relay.server = type("S", (), {"loop": closed})()
        try:
            self.relay._capture(("progress", {"prompt_id": "x"}, "a"), {})  # loop closed: swallowed
            self.relay._capture((), {})
        finally:
            self.relay.server = self.server
        self.relay._dispatch("progress", {"prompt_id": "x", "bad": object()}, "a", (None, None, None, True))
        self.relay._dispatch(cr.TEXT, b"\x00", None, ("P", "a", None, True))
        self.relay._dispatch(cr.PREVIEW_IMAGE, b"\x00", None, ("P", "a", None, True))


@unittest.skipIf(aiohttp is None, "aiohttp not installed")
class AiohttpIntegrationTest(unittest.TestCase):
    """The relay on a real aiohttp application, talked to over real HTTP and WebSocket."""

    def test_real_http_and_websocket(self):
        asyncio.run(self._run())

    async def _run(self):
        loop = asyncio.get_running_loop()
        server = FakePromptServer(loop)
        server.routes = aiohttp_web.RouteTableDef()

        @server.routes.get("/ws")
        async def ws_handler(request):
            ws = aiohttp_web.WebSocketResponse()
            await ws.prepare(request)
            sid = request.rel_url.query.get("clientId", "")
            server.sockets[sid] = ws
            try:
                await server.send("status", {"status": {}, "sid": sid}, sid)
                async for _ in ws:
                    pass
            finally:
                server.sockets.pop(sid, None)
            return ws

        relay = cr.Relay(server, cr.RelayConfig(enabled=True, token="tok", preview_interval=0.05))
        relay.install()
        app = aiohttp_web.Application()
        app.add_routes(server.routes)
        runner = aiohttp_web.AppRunner(app)
        await runner.setup()
        site = aiohttp_web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        base = "http://127.0.0.1:%d" % port
        publisher = loop.create_task(server.publish_loop())
        try:
            async with aiohttp.ClientSession() as s:
                async with s.get(base + cr.ROUTE_INFO) as r:
                    info = await r.json()
                self.assertEqual(info["enabled"], True)
                self.assertTrue(info["token_required"])
                for query, status in (("", 401), ("?token=bad", 403)):
                    async with s.get(base + cr.ROUTE_WS + query) as r:
                        self.assertEqual(r.status, status)
                client = await s.ws_connect(base + "/ws?clientId=alice")
                obs = await s.ws_connect(base + cr.ROUTE_WS + "?token=tok&previews=1")
                hello = json.loads((await obs.receive(timeout=5)).data)
                self.assertEqual(hello["type"], "relay_hello")
                await loop.run_in_executor(None, lambda: run_prompt(
                    server, "P1", "alice", previews=2 if Image is not None else 0))
                got = []
                while True:
                    m = await obs.receive(timeout=5)
                    got.append(m)
                    if m.type == aiohttp.WSMsgType.TEXT and json.loads(m.data)["data"].get("node", 1) is None:
                        break
                texts = [json.loads(m.data) for m in got if m.type == aiohttp.WSMsgType.TEXT]
                self.assertEqual(texts[0]["type"], "execution_start")
                self.assertEqual(texts[-1]["relay"]["prompt_id"], "P1")
                if Image is not None:
                    bins = [m.data for m in got if m.type == aiohttp.WSMsgType.BINARY]
                    if not bins:
                        m = await obs.receive(timeout=5)
                        bins = [m.data]
                    self.assertEqual(struct.unpack(">I", bins[0][:4])[0], 4)
                # a second observer that vanishes abruptly does not disturb anything
                obs2 = await s.ws_connect(base + cr.ROUTE_WS, headers={cr.TOKEN_HEADER: "tok"})
                await obs2.receive(timeout=5)
                obs2._response.connection.transport.abort()
                await asyncio.sleep(0.1)
                await loop.run_in_executor(None, lambda: run_prompt(server, "P2", "alice"))
                await asyncio.sleep(0.3)
                self.assertEqual(relay.n_observers, 1)
                await obs.close()
                await client.close()
        finally:
            publisher.cancel()
            await runner.cleanup()
            if relay._pool is not None:
                relay._pool.shutdown(wait=True)


if __name__ == "__main__":
    unittest.main()

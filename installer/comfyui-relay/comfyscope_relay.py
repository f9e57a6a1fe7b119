# SPDX-License-Identifier: MIT
# Copyright (c) 2026 ComfyScope developers
"""ComfyScope relay: lets observer sockets see the live events of every prompt.

ComfyUI sends a prompt's events (execution_start, executing, progress, progress_state, executed,
execution_success/error/interrupted, previews, progress text) only to the socket whose client id
queued the prompt. This module copies them, with an envelope naming the prompt and the (hashed)
submitting client, to observers connected to a separate WebSocket route.

How it hooks in: ``PromptServer.instance.send_sync`` is replaced by a wrapper that first calls the
original exactly as it was called (so the original client's traffic is untouched), then hands a
reference to the event loop (a deque append, plus one ``loop.call_soon_threadsafe`` per batch).
Everything else (serialising, previews, queueing, sending) happens on the event loop or on one
worker thread for JPEG encoding, never on the executor thread. Each observer has a bounded queue
and its own writer task; an observer that falls behind, or whose send takes too long, is dropped.
A progress / progress_state message still waiting in an observer's queue is superseded by a newer
one of the same prompt (and node), so bursts cost observers little and they never get stale values.

This file imports nothing from ComfyUI and neither aiohttp nor PIL at module level, so the core
logic can be tested against a small fake server (tests/test_relay.py). See README.md for the
observer protocol.
"""

import asyncio
import collections
import concurrent.futures
import hashlib
import hmac
import io
import json
import logging
import math
import os
import struct
import time

PROTOCOL_VERSION = 1
ROUTE_INFO = "/comfyscope/relay"
ROUTE_WS = "/comfyscope/relay/ws"

# ComfyUI's binary event types (server.BinaryEventTypes / protocol.BinaryEventTypes)
PREVIEW_IMAGE = 1
UNENCODED_PREVIEW_IMAGE = 2
TEXT = 3
PREVIEW_IMAGE_WITH_METADATA = 4

CLOSE_TOO_SLOW = 1013  # "try again later": the observer could not keep up
CLOSE_GOING_AWAY = 1001

TOKEN_HEADER = "X-ComfyScope-Relay-Token"

log = logging.getLogger("comfyscope_relay")
_LOG_PREFIX = "[ComfyScope relay] "


def _truthy(value):
    return str(value or "").strip().lower() in ("1", "true", "yes", "on")


def _int_env(env, name, default, lo, hi):
    raw = env.get(name)
    if raw is None or str(raw).strip() == "":
        return default
    try:
        return max(lo, min(hi, int(str(raw).strip())))
    except ValueError:
        log.warning(_LOG_PREFIX + "ignoring %s=%r (not an integer)", name, raw)
        return default


class RelayConfig:
    """Settings, normally read from the environment once at start-up."""

    def __init__(self, enabled=False, token="", raw_ids=False, preview_size=384,
                 preview_interval=0.5, jpeg_quality=80, queue_limit=1024,
                 byte_limit=16 * 1024 * 1024, send_timeout=10.0, stall_time=2.0,
                 max_observers=32, heartbeat=20.0, coalesce=True):
        self.enabled = bool(enabled)
        self.token = token or ""
        self.raw_ids = bool(raw_ids)
        self.preview_size = int(preview_size)          # longest side of relayed previews, px
        self.preview_interval = float(preview_interval)  # seconds between previews of one prompt
        self.jpeg_quality = int(jpeg_quality)
        # An observer is dropped when its queue holds more than queue_limit frames and its
        # writer has made no progress for stall_time seconds (a burst that a healthy observer is
        # draining is fine), or in any case beyond 4 x queue_limit frames or byte_limit bytes,
        # or when writing one frame takes longer than send_timeout.
        self.queue_limit = int(queue_limit)
        self.byte_limit = int(byte_limit)
        self.send_timeout = float(send_timeout)
        self.stall_time = float(stall_time)
        self.max_observers = int(max_observers)
        self.coalesce = bool(coalesce)  # supersede unsent progress/progress_state (see module doc)
        self.heartbeat = heartbeat                     # WebSocket ping interval (None: off)

    @classmethod
    def from_env(cls, env=None):
        env = os.environ if env is None else env
        return cls(
            enabled=_truthy(env.get("COMFYSCOPE_RELAY")),
            token=env.get("COMFYSCOPE_RELAY_TOKEN", "") or "",
            raw_ids=_truthy(env.get("COMFYSCOPE_RELAY_IDS")),
            preview_size=_int_env(env, "COMFYSCOPE_RELAY_PREVIEW_SIZE", 384, 128, 512),
            max_observers=_int_env(env, "COMFYSCOPE_RELAY_MAX_OBSERVERS", 32, 1, 1024),
        )

    @property
    def preview_max_fps(self):
        return round(1.0 / self.preview_interval, 3) if self.preview_interval > 0 else None


def encode_preview(source, max_side, quality):
    """Downscale an image to fit max_side x max_side and encode it as JPEG.

    source: a PIL image, or encoded image bytes (PNG/JPEG/WebP). Never enlarges. Returns
    (jpeg_bytes, width, height). Runs on the relay's worker thread; works on a copy."""
    from PIL import Image  # ComfyUI always has Pillow

    if isinstance(source, (bytes, bytearray, memoryview)):
        img = Image.open(io.BytesIO(bytes(source)))
        img.draft("RGB", (max_side, max_side))  # cheap JPEG shrink-on-load
        img.load()
    else:
        img = source.copy()
    if img.mode not in ("RGB", "L"):
        if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
            rgba = img.convert("RGBA")
            bg = Image.new("RGB", rgba.size, (0, 0, 0))
            bg.paste(rgba, mask=rgba.split()[3])
            img = bg
        else:
            img = img.convert("RGB")
    if max(img.size) > max_side:
        resample = getattr(getattr(Image, "Resampling", Image), "BILINEAR")
        img.thumbnail((max_side, max_side), resample)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=quality)
    return out.getvalue(), img.size[0], img.size[1]


def preview_frame(metadata, jpeg):
    """Binary layout of a relayed preview (ComfyUI's type-4 layout):
    u32be 4 | u32be M | M bytes UTF-8 JSON metadata | JPEG bytes."""
    meta = json.dumps(metadata).encode("utf-8")
    return struct.pack(">II", PREVIEW_IMAGE_WITH_METADATA, len(meta)) + meta + bytes(jpeg)


class _Observer:
    __slots__ = ("ws", "request", "previews", "exclude", "queue", "queued_bytes", "live",
                 "latest", "wakeup", "task", "closed", "sent", "superseded", "peer",
                 "progress_at", "sending_since")

    def __init__(self, ws, request, previews, exclude):
        self.ws = ws
        self.request = request
        self.previews = previews
        self.exclude = exclude
        self.queue = collections.deque()  # [payload, key, dead] entries
        self.queued_bytes = 0
        self.live = 0                      # entries not superseded
        self.latest = {}                   # coalescing key -> its newest unsent entry
        self.wakeup = asyncio.Event()
        self.task = None
        self.closed = False
        self.sent = 0
        self.superseded = 0
        self.peer = getattr(request, "remote", None)
        self.progress_at = 0.0  # last time the writer finished a frame or its queue was empty
        self.sending_since = None  # when the frame being written was handed to the socket


class _PreviewSlot:
    __slots__ = ("last", "pending", "handle", "busy")

    def __init__(self):
        self.last = -math.inf
        self.pending = None
        self.handle = None
        self.busy = False


class _Attribution:
    __slots__ = ("prompt_id", "client", "broadcast")

    def __init__(self, prompt_id, client, broadcast):
        self.prompt_id = prompt_id
        self.client = client          # raw submitting client id (never sent as is unless raw_ids)
        self.broadcast = broadcast    # True when ComfyUI itself sent it to every /ws socket


class Relay:
    """One relay bound to one PromptServer-like object.

    server needs: loop, routes (aiohttp RouteTableDef-like: routes.get(path)(handler)), send_sync,
    and optionally client_id, last_prompt_id, last_node_id, prompt_queue.currently_running."""

    def __init__(self, server, config, web=None, encoder=None, clock=time.monotonic):
        self.server = server
        self.config = config
        self._web = web
        self._encode = encoder or encode_preview
        self._clock = clock
        self._salt = os.urandom(16)
        self._observers = []
        self.n_observers = 0          # read without a lock by the executor thread (fast path)
        self._n_preview_observers = 0
        self._previews = {}
        self._pool = None
        self._inbox = collections.deque()   # appended by any thread, drained on the loop
        self._drain_scheduled = False
        self._watchdog_handle = None
        self._orig_send_sync = None
        self._installed = False
        self._warned = set()
        self._exec_context = self._find_exec_context()
        self.stats = collections.Counter()

    # ------------------------------------------------------------------ set-up

    @property
    def loop(self):
        return self.server.loop

    def web(self):
        if self._web is None:
            from aiohttp import web as aiohttp_web
            self._web = aiohttp_web
        return self._web

    @staticmethod
    def _find_exec_context():
        try:  # ComfyUI >= 0.3.4x: the node that runs, per thread/task
            from comfy_execution.utils import get_executing_context
            return get_executing_context
        except Exception:
            return None

    def install(self):
        """Add the routes (always: detection says whether the relay is on) and, when enabled,
        wrap send_sync. Must run before PromptServer.add_routes(), i.e. at custom-node import."""
        if self._installed:
            return
        self._installed = True
        routes = self.server.routes
        routes.get(ROUTE_INFO)(self.handle_info)
        routes.get(ROUTE_WS)(self.handle_ws)
        if not self.config.enabled:
            return
        orig = self.server.send_sync
        self._orig_send_sync = orig
        relay = self

        def send_sync(*args, **kwargs):
            result = orig(*args, **kwargs)   # the original call, exactly as made
            if relay.n_observers:
                relay._capture(args, kwargs)
            return result

        send_sync.__wrapped__ = orig
        send_sync.comfyscope_relay = self
        self.server.send_sync = send_sync

    def uninstall(self):
        if self._orig_send_sync is not None:
            self.server.send_sync = self._orig_send_sync
            self._orig_send_sync = None

    # ------------------------------------------------------------------ executor side

    def _capture(self, args, kwargs):
        """Runs on whatever thread called send_sync: only reads a few attributes and schedules."""
        try:
            event = args[0] if len(args) > 0 else kwargs.get("event")
            data = args[1] if len(args) > 1 else kwargs.get("data")
            sid = args[2] if len(args) > 2 else kwargs.get("sid")
            server = self.server
            node = None
            if self._exec_context is not None:
                try:
                    ctx = self._exec_context()
                    if ctx is not None:
                        node = ctx.node_id
                except Exception:
                    node = None
            if node is None:
                node = getattr(server, "last_node_id", None)
            running = True
            queue = getattr(server, "prompt_queue", None)
            if queue is not None and hasattr(queue, "currently_running"):
                running = bool(queue.currently_running)
            ctx = (getattr(server, "last_prompt_id", None), getattr(server, "client_id", None),
                   node, running)
            self._inbox.append((event, data, sid, ctx))
            if not self._drain_scheduled:
                self._drain_scheduled = True
                self.loop.call_soon_threadsafe(self._drain)
        except Exception as e:  # loop closed at shutdown, odd arguments: never raise into ComfyUI
            self._warn_once("capture", "could not hand an event to the loop: %r" % (e,))

    # ------------------------------------------------------------------ loop side

    def _warn_once(self, key, text):
        if key not in self._warned:
            self._warned.add(key)
            log.warning(_LOG_PREFIX + text)

    def client_label(self, client):
        """What observers see for a submitting client id."""
        if client is None:
            return None
        client = str(client)
        if self.config.raw_ids:
            return client
        return hashlib.sha256(self._salt + client.encode("utf-8")).hexdigest()[:12]

    def _attribute(self, event, data, sid, ctx):
        ctx_prompt, ctx_client, _node, running = ctx
        prompt_id = None
        if isinstance(event, int):
            if event == PREVIEW_IMAGE_WITH_METADATA:
                try:
                    prompt_id = data[1].get("prompt_id")
                except Exception:
                    prompt_id = None
        elif isinstance(data, dict):
            prompt_id = data.get("prompt_id")
        if prompt_id is not None:
            if sid is not None:
                client = sid
            else:
                client = ctx_client if prompt_id == ctx_prompt else None
            return _Attribution(prompt_id, client, sid is None)
        # No prompt id in the message: it belongs to the running prompt when it is a binary
        # frame (previews, progress text) or a message addressed to the running prompt's client.
        if not running or ctx_prompt is None:
            return None
        if isinstance(event, int):
            if sid is None or sid == ctx_client:
                return _Attribution(ctx_prompt, ctx_client, sid is None)
            return None
        if sid is not None and sid == ctx_client:
            return _Attribution(ctx_prompt, ctx_client, False)
        return None  # broadcasts such as status: every /ws socket gets them anyway

    def _envelope(self, att):
        return {"client": self.client_label(att.client), "prompt_id": att.prompt_id,
                "broadcast": att.broadcast}

    def _drain(self):
        self._drain_scheduled = False  # before popping: a later append schedules another drain
        inbox = self._inbox
        while inbox:
            try:
                rec = inbox.popleft()
            except IndexError:
                break
            self._dispatch(*rec)

    def _dispatch(self, event, data, sid, ctx):
        if not self._observers:
            return
        try:
            att = self._attribute(event, data, sid, ctx)
            if att is None:
                self.stats["skipped"] += 1
                return
            if isinstance(event, int):
                if event in (PREVIEW_IMAGE, UNENCODED_PREVIEW_IMAGE, PREVIEW_IMAGE_WITH_METADATA):
                    self._on_preview(event, data, att, ctx)
                elif event == TEXT and isinstance(data, (bytes, bytearray)):
                    self._on_text(data, att)
                else:
                    self.stats["skipped"] += 1
                return
            if not isinstance(event, str) or isinstance(data, (bytes, bytearray)):
                self.stats["skipped"] += 1
                return
            text = json.dumps({"type": event, "data": data, "relay": self._envelope(att)})
            key = None
            if not self.config.coalesce:
                pass
            elif event == "progress_state":
                key = ("progress_state", att.prompt_id)
            elif event == "progress" and isinstance(data, dict):
                key = ("progress", att.prompt_id, data.get("node"))
        except Exception as e:
            self._warn_once("dispatch", "could not relay an event: %r" % (e,))
            return
        self.stats["relayed"] += 1
        self._fan_out(text, att.client, previews_only=False, key=key)

    def _on_text(self, data, att):
        if len(data) < 4:
            return
        (n,) = struct.unpack(">I", bytes(data[:4]))
        node = bytes(data[4:4 + n]).decode("utf-8", "replace")
        text = bytes(data[4 + n:]).decode("utf-8", "replace")
        msg = {"type": "progress_text",
               "data": {"node_id": node, "text": text, "prompt_id": att.prompt_id},
               "relay": self._envelope(att)}
        self.stats["relayed"] += 1
        self._fan_out(json.dumps(msg), att.client, previews_only=False)

    def _fan_out(self, payload, client, previews_only, key=None):
        for obs in list(self._observers):
            if obs.closed or (previews_only and not obs.previews):
                continue
            if client is not None and str(client) in obs.exclude:
                continue
            self._enqueue(obs, payload, key)

    def _enqueue(self, obs, payload, key=None):
        size = len(payload)
        cfg = self.config
        if key is not None:
            old = obs.latest.get(key)
            if old is not None and not old[2]:  # still unsent: the newer one replaces it
                old[2] = True
                obs.queued_bytes -= len(old[0])
                old[0] = None
                obs.live -= 1
                obs.superseded += 1
        if len(obs.queue) > 2 * obs.live + 64:  # mostly superseded entries: compact (amortised O(1))
            obs.queue = collections.deque(e for e in obs.queue if not e[2])
        n = obs.live
        if n == 0:
            obs.progress_at = self._clock()
        elif n >= cfg.queue_limit:
            stalled = self._clock() - obs.progress_at > cfg.stall_time
            if stalled or n >= 4 * cfg.queue_limit:
                self._drop(obs, CLOSE_TOO_SLOW, "observer too slow")
                return
        if obs.queued_bytes + size > cfg.byte_limit or len(obs.queue) >= 16 * cfg.queue_limit:
            self._drop(obs, CLOSE_TOO_SLOW, "observer too slow")
            return
        entry = [payload, key, False]
        obs.queue.append(entry)
        if key is not None:
            obs.latest[key] = entry
        obs.queued_bytes += size
        obs.live += 1
        obs.wakeup.set()

    # ------------------------------------------------------------------ previews

    def _on_preview(self, event, data, att, ctx):
        if not self._n_preview_observers:
            return
        node = ctx[2]
        meta = {"node_id": node, "display_node_id": node, "parent_node_id": None,
                "real_node_id": node}
        if event == PREVIEW_IMAGE_WITH_METADATA:
            image_tuple, source_meta = data
            source = image_tuple[1]
            for k in ("node_id", "display_node_id", "parent_node_id", "real_node_id"):
                if k in source_meta:
                    meta[k] = source_meta[k]
        elif event == UNENCODED_PREVIEW_IMAGE:
            source = data[1]
        else:  # PREVIEW_IMAGE: u32be format | encoded image
            if not isinstance(data, (bytes, bytearray)) or len(data) <= 4:
                return
            source = bytes(data[4:])
        job = (source, meta, att)
        key = att.prompt_id
        slot = self._previews.get(key)
        if slot is None:
            self._purge_slots()
            slot = self._previews[key] = _PreviewSlot()
        if slot.pending is not None:
            self.stats["previews_coalesced"] += 1
        slot.pending = job  # newest wins
        self._schedule_preview(key, slot)

    def _purge_slots(self):
        now = self._clock()
        for key, slot in list(self._previews.items()):
            if slot.pending is None and slot.handle is None and not slot.busy \
                    and now - slot.last > self.config.preview_interval:
                del self._previews[key]

    def _schedule_preview(self, key, slot):
        if slot.handle is not None or slot.busy or slot.pending is None:
            return
        delay = max(0.0, slot.last + self.config.preview_interval - self._clock())
        slot.handle = self.loop.call_later(delay, self._flush_preview, key)

    def _flush_preview(self, key):
        slot = self._previews.get(key)
        if slot is None:
            return
        slot.handle = None
        job, slot.pending = slot.pending, None
        if job is None:
            return
        if not self._n_preview_observers:
            return
        slot.last = self._clock()
        slot.busy = True
        if self._pool is None:
            self._pool = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="comfyscope-relay")
        try:
            fut = self.loop.run_in_executor(self._pool, self._encode, job[0],
                                            self.config.preview_size, self.config.jpeg_quality)
        except Exception as e:
            slot.busy = False
            self._warn_once("encode-submit", "preview encoding unavailable: %r" % (e,))
            return
        fut.add_done_callback(lambda f: self._preview_done(key, job, f))

    def _preview_done(self, key, job, fut):
        slot = self._previews.get(key)
        if slot is not None:
            slot.busy = False
        try:
            jpeg, width, height = fut.result()
        except Exception as e:
            self.stats["preview_errors"] += 1
            self._warn_once("encode", "could not encode a preview: %r" % (e,))
            jpeg = None
        if slot is not None:
            slot.last = self._clock()  # spacing counts from when the frame goes out
        if jpeg is not None:
            _source, meta, att = job
            metadata = dict(meta)
            metadata.update({"prompt_id": att.prompt_id, "image_type": "image/jpeg",
                             "width": width, "height": height, "relay": self._envelope(att)})
            self.stats["previews_sent"] += 1
            self._fan_out(preview_frame(metadata, jpeg), att.client, previews_only=True)
        if slot is not None:
            self._schedule_preview(key, slot)

    # ------------------------------------------------------------------ observers

    def _add_observer(self, obs):
        self._observers.append(obs)
        self.n_observers = len(self._observers)
        self._n_preview_observers = sum(1 for o in self._observers if o.previews)
        self._arm_watchdog()

    def _remove_observer(self, obs):
        obs.closed = True
        if obs in self._observers:
            self._observers.remove(obs)
        self.n_observers = len(self._observers)
        self._n_preview_observers = sum(1 for o in self._observers if o.previews)
        obs.queue.clear()
        obs.latest.clear()
        obs.queued_bytes = 0
        obs.live = 0
        obs.wakeup.set()

    def _drop(self, obs, code, reason):
        if obs.closed:
            return
        self.stats["observers_dropped"] += 1
        log.warning(_LOG_PREFIX + "dropping observer %s: %s", obs.peer or "?", reason)
        self._remove_observer(obs)
        task = obs.task
        current = None
        try:
            current = asyncio.current_task(loop=self.loop)
        except RuntimeError:
            current = None
        if task is not None and task is not current and not task.done():
            task.cancel()
        self.loop.create_task(self._close(obs, code, reason))

    async def _close(self, obs, code, reason):
        try:
            await asyncio.wait_for(obs.ws.close(code=code, message=reason.encode("utf-8")), 5.0)
        except BaseException:
            transport = getattr(obs.request, "transport", None)
            if transport is not None:
                try:
                    transport.abort()
                except Exception:
                    pass

    async def _writer(self, obs):
        # No asyncio.wait_for per frame (it would cost extra loop iterations per frame): a frame
        # that is not written within send_timeout is caught by _watchdog, which drops the observer.
        ws = obs.ws
        try:
            while not obs.closed:
                if not obs.queue:
                    obs.wakeup.clear()
                    await obs.wakeup.wait()
                    continue
                entry = obs.queue.popleft()
                item, key, dead = entry
                if dead:
                    continue
                if key is not None and obs.latest.get(key) is entry:
                    del obs.latest[key]
                entry[2] = True
                entry[0] = None
                obs.live -= 1
                obs.queued_bytes -= len(item)
                obs.sending_since = self._clock()
                if isinstance(item, str):
                    await ws.send_str(item)
                else:
                    await ws.send_bytes(item)
                obs.sending_since = None
                obs.sent += 1
                obs.progress_at = self._clock()
        except asyncio.CancelledError:
            pass
        except Exception as e:  # the observer went away mid-send: forget it quietly
            log.debug(_LOG_PREFIX + "observer send failed: %r", e)
            self._drop(obs, CLOSE_GOING_AWAY, "send failed")

    def _watchdog(self):
        self._watchdog_handle = None
        now = self._clock()
        for obs in list(self._observers):
            if obs.sending_since is not None and now - obs.sending_since > self.config.send_timeout:
                self._drop(obs, CLOSE_TOO_SLOW, "observer too slow (send timed out)")
        self._arm_watchdog()

    def _arm_watchdog(self):
        if self._observers and self._watchdog_handle is None:
            interval = max(0.05, min(1.0, self.config.send_timeout / 4))
            self._watchdog_handle = self.loop.call_later(interval, self._watchdog)

    def check_token(self, request):
        """None when allowed, else the HTTP status: 401 no token given, 403 wrong token."""
        expected = self.config.token
        if not expected:
            return None
        given = request.query.get("token") or request.headers.get(TOKEN_HEADER)
        if not given:
            return 401
        if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
            return 403
        return None

    def info(self):
        data = {"version": PROTOCOL_VERSION, "enabled": self.config.enabled}
        if self.config.enabled:
            data.update({
                "ws": ROUTE_WS,
                "token_required": bool(self.config.token),
                "ids": "raw" if self.config.raw_ids else "hashed",
                "previews": True,
                "preview_size": self.config.preview_size,
                "preview_max_fps": self.config.preview_max_fps,
                "observers": self.n_observers,
                "max_observers": self.config.max_observers,
            })
        return data

    def _running(self):
        queue = getattr(self.server, "prompt_queue", None)
        out = []
        if queue is None or not hasattr(queue, "currently_running"):
            return out
        try:
            mutex = getattr(queue, "mutex", None)
            if mutex is not None:
                with mutex:
                    items = list(queue.currently_running.values())
            else:
                items = list(queue.currently_running.values())
            for item in items:
                extra = item[3] if len(item) > 3 and isinstance(item[3], dict) else {}
                out.append({"prompt_id": item[1], "client": self.client_label(extra.get("client_id"))})
        except Exception:
            pass
        return out

    async def handle_info(self, request):
        return self.web().json_response(self.info())

    async def handle_ws(self, request):
        web = self.web()
        if not self.config.enabled:
            return web.json_response({"error": "relay disabled (set COMFYSCOPE_RELAY=1)"}, status=404)
        status = self.check_token(request)
        if status == 401:
            return web.json_response({"error": "relay token required"}, status=401)
        if status == 403:
            return web.json_response({"error": "wrong relay token"}, status=403)
        if len(self._observers) >= self.config.max_observers:
            return web.json_response({"error": "too many relay observers"}, status=503)
        query = request.query
        previews = _truthy(query.get("previews"))
        exclude = set()
        getall = getattr(query, "getall", None)
        values = getall("exclude_client", []) if getall else [query.get("exclude_client", "")]
        for value in values:
            exclude.update(v for v in str(value or "").split(",") if v)

        ws = web.WebSocketResponse(heartbeat=self.config.heartbeat, max_msg_size=64 * 1024)
        await ws.prepare(request)
        obs = _Observer(ws, request, previews, exclude)
        hello = {"type": "relay_hello", "data": {
            "version": PROTOCOL_VERSION,
            "ids": "raw" if self.config.raw_ids else "hashed",
            "previews": previews,
            "preview_size": self.config.preview_size,
            "preview_max_fps": self.config.preview_max_fps,
            "excluded": sorted(self.client_label(c) for c in exclude),
            "running": self._running(),
        }}
        self._enqueue(obs, json.dumps(hello))
        self._add_observer(obs)
        obs.task = self.loop.create_task(self._writer(obs))
        log.info(_LOG_PREFIX + "observer connected (%d now, previews %s)",
                 self.n_observers, "on" if previews else "off")
        try:
            async for _msg in ws:  # observers have nothing to say; read to see the close
                pass
        except Exception as e:
            log.debug(_LOG_PREFIX + "observer read failed: %r", e)
        finally:
            was_open = not obs.closed
            self._remove_observer(obs)
            if obs.task is not None and not obs.task.done():
                obs.task.cancel()
            if was_open:
                log.info(_LOG_PREFIX + "observer disconnected (%d left)", self.n_observers)
        return ws


def setup(server=None, env=None):
    """Install the relay into PromptServer.instance (or the given server). Never raises."""
    try:
        config = RelayConfig.from_env(env)
        if server is None:
            from server import PromptServer  # ComfyUI's server module
            server = PromptServer.instance
        existing = getattr(getattr(server, "send_sync", None), "comfyscope_relay", None)
        if existing is not None:
            return existing
        relay = Relay(server, config)
        relay.install()
        if config.enabled:
            log.info(_LOG_PREFIX + "enabled on %s (token %s, client ids %s, previews %d px, at most %s/s per prompt)",
                     ROUTE_WS, "required" if config.token else "not required",
                     "raw" if config.raw_ids else "hashed", config.preview_size, config.preview_max_fps)
        else:
            log.info(_LOG_PREFIX + "installed but off (set COMFYSCOPE_RELAY=1 to enable)")
        return relay
    except Exception as e:
        log.error(_LOG_PREFIX + "not installed: %r", e)
        return None

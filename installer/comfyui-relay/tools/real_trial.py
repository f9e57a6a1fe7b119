#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 ComfyScope developers
"""Drive a real ComfyUI server and record what the original clients and relay observers get.

Needs aiohttp (Debian: python3-aiohttp) and Pillow. Run it once against a server without the
relay (--out A.json) and once with it loaded (--relay --token T --out B.json), then compare:

    real_trial.py --base http://127.0.0.1:8288 --out /tmp/a.json
    real_trial.py --base http://127.0.0.1:8288 --relay --token T --out /tmp/b.json
    real_trial.py --compare /tmp/a.json /tmp/b.json

Clients: "trial-modern" (sends the feature_flags message, gets type-4 previews) and
"trial-legacy" (sends nothing, gets type-1 previews) on /ws; each queues the same workflow in
turn. With --relay, an observer with previews (?previews=1) and one without record the relay.
"""
import argparse
import asyncio
import hashlib
import io
import json
import re
import struct
import sys
import time

import aiohttp


def workflow(have):
    wf = {
        "1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 48, "batch_size": 1, "color": 0xFF0000}},
        "2": {"class_type": "ImageInvert", "inputs": {"image": ["1", 0]}},
        "3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "relaytrial"}},
        "4": {"class_type": "SaveImageWebsocket", "inputs": {"images": ["2", 0]}},
        "5": {"class_type": "TestProgressNode", "inputs": {"steps": 5, "delay_ms": 40, "image": ["2", 0]}},
        # 20 previews of 768x768 in about 1 s: downscaled to 384 and at most 2/s on the relay
        "6": {"class_type": "TestPreviewNode", "inputs": {"steps": 20, "delay_ms": 50, "size": 768,
                                                            "format": "JPEG", "mode": "progress_bar", "send_text": True}},
        "7": {"class_type": "TestPreviewNode", "inputs": {"steps": 2, "delay_ms": 0, "size": 600,
                                                            "format": "PNG", "mode": "send_sync", "send_text": False}},
    }
    if "GetImageSize" in have:
        wf["8"] = {"class_type": "GetImageSize", "inputs": {"image": ["1", 0]}}
        if "PreviewAny" in have:
            wf["9"] = {"class_type": "PreviewAny", "inputs": {"source": ["8", 0]}}
    return wf


def burst():
    return {"1": {"class_type": "TestProgressNode", "inputs": {"steps": 1500, "delay_ms": 0}}}


def decode_binary(data):
    (etype,) = struct.unpack(">I", data[:4])
    out = {"binary": etype, "len": len(data)}
    if etype == 1:
        out["format"] = struct.unpack(">I", data[4:8])[0]
        out["image_sha"] = hashlib.sha256(data[8:]).hexdigest()[:16]
    elif etype == 4:
        (m,) = struct.unpack(">I", data[4:8])
        out["meta"] = json.loads(data[8:8 + m])
        img = data[8 + m:]
        out["image_sha"] = hashlib.sha256(img).hexdigest()[:16]
        out["image_len"] = len(img)
        try:
            from PIL import Image
            im = Image.open(io.BytesIO(img))
            out["image_size"] = list(im.size)
            out["image_format"] = im.format
        except Exception as e:  # pragma: no cover
            out["image_error"] = repr(e)
    elif etype == 3:
        (n,) = struct.unpack(">I", data[4:8])
        out["node"] = data[8:8 + n].decode()
        out["text"] = data[8 + n:].decode("utf-8", "replace")
    return out


class Conn:
    def __init__(self, name):
        self.name = name
        self.frames = []   # (t, kind, payload)
        self.waiters = []

    def add(self, kind, payload):
        rec = (time.monotonic(), kind, payload)
        self.frames.append(rec)
        for pred, fut in list(self.waiters):
            if not fut.done() and pred(rec):
                fut.set_result(rec)

    async def wait(self, pred, timeout=120):
        for rec in self.frames:
            if pred(rec):
                return rec
        fut = asyncio.get_running_loop().create_future()
        self.waiters.append((pred, fut))
        return await asyncio.wait_for(fut, timeout)


async def reader(ws, conn):
    async for m in ws:
        if m.type == aiohttp.WSMsgType.TEXT:
            conn.add("text", json.loads(m.data))
        elif m.type == aiohttp.WSMsgType.BINARY:
            conn.add("binary", decode_binary(m.data))


def finished(pid):
    def pred(rec):
        _t, kind, p = rec
        return kind == "text" and p.get("type") == "executing" and (p.get("data") or {}).get("node") is None \
            and (p.get("data") or {}).get("prompt_id") == pid
    return pred


async def run(args):
    base = args.base.rstrip("/")
    wsbase = base.replace("http", "ws", 1)
    result = {"base": base, "relay": args.relay, "checks": {}}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=300)) as s:
        async with s.get(base + "/system_stats") as r:
            result["comfyui_version"] = (await r.json())["system"].get("comfyui_version")
        async with s.get(base + "/object_info") as r:
            have = set(await r.json())
        for path in ("/comfyscope/relay", "/api/comfyscope/relay"):
            async with s.get(base + path) as r:
                result["checks"]["GET " + path] = [r.status, (await r.json()) if r.status == 200 else None]
        observers = {}
        tasks = []
        if args.relay:
            for label, query in (("no token", ""), ("wrong token", "?token=wrong"),
                                 ("right token", "?token=" + args.token)):
                try:
                    ws = await s.ws_connect(wsbase + "/comfyscope/relay/ws" + query)
                    result["checks"]["ws " + label] = "accepted"
                    await ws.close()
                except aiohttp.WSServerHandshakeError as e:
                    result["checks"]["ws " + label] = e.status
            for name, query in (("obs-previews", "&previews=1"), ("obs-plain", "")):
                ws = await s.ws_connect(wsbase + "/comfyscope/relay/ws?token=" + args.token + query,
                                        max_msg_size=0)
                conn = observers[name] = Conn(name)
                tasks.append(asyncio.create_task(reader(ws, conn)))
        clients = {}
        for cid, flags in (("trial-modern", {"supports_preview_metadata": True}), ("trial-legacy", None)):
            ws = await s.ws_connect(wsbase + "/ws?clientId=" + cid, max_msg_size=0)
            if flags:
                await ws.send_str(json.dumps({"type": "feature_flags", "data": flags}))
            conn = clients[cid] = Conn(cid)
            tasks.append(asyncio.create_task(reader(ws, conn)))
        await asyncio.sleep(1.0)
        runs = []
        for cid, wf, label in (("trial-modern", workflow(have), "workflow"),
                               ("trial-legacy", workflow(have), "workflow"),
                               ("trial-legacy", burst(), "burst 1500 steps")):
            t0 = time.monotonic()
            async with s.post(base + "/prompt", json={"prompt": wf, "client_id": cid}) as r:
                body = await r.json()
                assert r.status == 200, body
            pid = body["prompt_id"]
            await clients[cid].wait(finished(pid))
            wall = time.monotonic() - t0
            starts = [p["data"]["timestamp"] for _t, k, p in clients[cid].frames
                      if k == "text" and p["type"] == "execution_start" and p["data"]["prompt_id"] == pid]
            ends = [p["data"]["timestamp"] for _t, k, p in clients[cid].frames
                    if k == "text" and p["type"] == "execution_success" and p["data"]["prompt_id"] == pid]
            runs.append({"client": cid, "label": label, "prompt_id": pid, "wall_s": round(wall, 3),
                         "exec_ms": (ends[0] - starts[0]) if starts and ends else None})
            await asyncio.sleep(1.5)  # let rate-limited previews arrive
        result["runs"] = runs
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    result["clients"] = {k: [(round(t, 4), kind, p) for t, kind, p in c.frames] for k, c in clients.items()}
    result["observers"] = {k: [(round(t, 4), kind, p) for t, kind, p in c.frames] for k, c in observers.items()}
    with open(args.out, "w") as f:
        json.dump(result, f)
    summarize(result)


def summarize(result):
    print("ComfyUI", result["comfyui_version"], "relay" if result["relay"] else "no relay")
    for k, v in result["checks"].items():
        print("  check %-28s %s" % (k, json.dumps(v)[:200]))
    for r in result["runs"]:
        print("  run %-12s %-18s wall %.2fs exec %s ms" % (r["client"], r["label"], r["wall_s"], r["exec_ms"]))
    for name, frames in result["clients"].items():
        counts = {}
        for _t, kind, p in frames:
            key = p["type"] if kind == "text" else "binary type %d" % p["binary"]
            counts[key] = counts.get(key, 0) + 1
        print("  client %s: %d frames %s" % (name, len(frames), json.dumps(counts)))
    pids = {r["prompt_id"]: "%s/%s" % (r["client"], r["label"]) for r in result["runs"]}
    for name, frames in result["observers"].items():
        per = {}
        for t, kind, p in frames:
            if kind == "text":
                if "relay" not in p:
                    print("  observer %s: own message %s" % (name, json.dumps(p)[:300]))
                    continue
                pid = p["relay"]["prompt_id"]
                key = p["type"]
            else:
                pid = p["meta"]["relay"]["prompt_id"]
                key = "preview"
            d = per.setdefault(pid, {"counts": {}, "clients": set(), "preview_times": [], "sizes": set()})
            d["counts"][key] = d["counts"].get(key, 0) + 1
            if kind == "text":
                d["clients"].add(p["relay"]["client"])
            else:
                d["clients"].add(p["meta"]["relay"]["client"])
                d["preview_times"].append(t)
                d["sizes"].add("%s %s %s node %s" % (p.get("image_format"), "x".join(map(str, p.get("image_size", []))),
                                                      p["meta"]["image_type"], p["meta"]["node_id"]))
        for pid, d in per.items():
            pt = d["preview_times"]
            gaps = [round(b - a, 3) for a, b in zip(pt, pt[1:])]
            print("  observer %s, prompt of %s: clients %s" % (name, pids.get(pid, pid), sorted(map(str, d["clients"]))))
            print("      %s" % json.dumps(d["counts"]))
            if pt:
                print("      previews %d, min gap %.3fs, %s" % (len(pt), min(gaps) if gaps else 0, sorted(d["sizes"])))


def normalise(frames):
    """The client's frames with ids, timestamps, file counters and image bytes of
    re-encoded frames kept; prompt ids renamed P1, P2... in order of appearance."""
    names = {}

    def pid(v):
        if v not in names:
            names[v] = "P%d" % (len(names) + 1)
        return names[v]

    def walk(o, key=None):
        if isinstance(o, dict):
            return {k: walk(v, k) for k, v in o.items()}
        if isinstance(o, list):
            return [walk(v, key) for v in o]
        if key == "prompt_id" and isinstance(o, str):
            return pid(o)
        if key == "timestamp":
            return 0
        if key == "sid":
            return "<sid>"
        if key == "filename" and isinstance(o, str):
            return re.sub(r"_\d{5}_", "_N_", o)
        return o

    out = []
    for _t, kind, p in frames:
        if kind == "text" and p.get("type") == "status":
            continue  # broadcast queue counts depend on timing, compared separately
        out.append(walk(p))
    return out


def compare(a_path, b_path):
    a = json.load(open(a_path))
    b = json.load(open(b_path))
    ok = True
    for cid in a["clients"]:
        na, nb = normalise(a["clients"][cid]), normalise(b["clients"][cid])
        same = na == nb
        ok &= same
        sa = [p["data"]["status"]["exec_info"]["queue_remaining"] for _t, k, p in a["clients"][cid]
              if k == "text" and p["type"] == "status"]
        sb = [p["data"]["status"]["exec_info"]["queue_remaining"] for _t, k, p in b["clients"][cid]
              if k == "text" and p["type"] == "status"]
        print("%s: %d vs %d frames (status excluded): %s; status queue counts %s vs %s" % (
            cid, len(na), len(nb), "IDENTICAL" if same else "DIFFERENT", sa, sb))
        if not same:
            diffs = [i for i, (x, y) in enumerate(zip(na, nb)) if x != y]
            kinds = lambda n: [f.get("type", f.get("binary")) for f in n]
            print("  %d frames differ; the frame type sequence is %s" % (
                len(diffs), "the same" if kinds(na) == kinds(nb) else "DIFFERENT"))
            for i in diffs[:2]:
                print("  difference at %d:\n   A %s\n   B %s" % (i, json.dumps(na[i])[:300], json.dumps(nb[i])[:300]))
    for ra, rb in zip(a["runs"], b["runs"]):
        print("%s %s: exec %s ms without relay, %s ms with" % (ra["client"], ra["label"], ra["exec_ms"], rb["exec_ms"]))
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8188")
    ap.add_argument("--out", default="trial.json")
    ap.add_argument("--relay", action="store_true")
    ap.add_argument("--token", default="")
    ap.add_argument("--compare", nargs=2)
    args = ap.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    asyncio.run(run(args))


if __name__ == "__main__":
    main()

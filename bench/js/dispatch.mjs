// SPDX-License-Identifier: MIT
// Scenario 1 of comfyscope-bench for the seed's JavaScript client: @stable-canvas/comfyui-client's
// WsClient (on `ws`) connected to the benchmark's simulator, counting the events it emits for
// the stream (`progress` and `progress_state`), as an application listening to them would.
// Usage: node dispatch.mjs HOST:PORT CLIENT_ID
// Talks to the benchmark: prints "ready" once connected; "go" on stdin starts the CPU clock;
// prints "count N" every 1000 events; when stdin ends, prints "cpu_us U" (user + system CPU of
// this process since "go") and exits.
import { WsClient } from "@stable-canvas/comfyui-client";
import WebSocket from "ws";

const [host, clientId] = process.argv.slice(2);
if (!host || !clientId) {
    console.error("usage: node dispatch.mjs HOST:PORT CLIENT_ID");
    process.exit(2);
}
const client = new WsClient({ api_host: host, clientId, WebSocket, user: "" });
let count = 0;
let sink = 0;
const counted = () => {
    if (++count % 1000 === 0)
        process.stdout.write(`count ${count}\n`);
};
// The same work as Client's receivers: touch the payload the typed signal carries.
client.on("progress", (data) => {
    sink += data.value;
    counted();
});
client.on("progress_state", (data) => {
    sink += Object.keys(data.nodes).length;
    counted();
});
client.on("status", () => {});
client.on("connected", () => process.stdout.write("ready\n"));
client.on("connection_error", (e) => {
    console.error(`connection error: ${e.message}`);
    process.exit(1);
});
let cpu0 = process.cpuUsage();
process.stdin.on("data", () => {
    cpu0 = process.cpuUsage();
});
process.stdin.on("end", () => {
    // The benchmark closed our stdin: done.
    const cpu = process.cpuUsage(cpu0);
    process.stdout.write(`count ${count} sink ${sink}\ncpu_us ${cpu.user + cpu.system}\n`);
    client.close();
    process.exit(0);
});
process.stdin.resume();
client.connect({ timeout_ms: 10000 }).catch((e) => {
    console.error(`cannot connect: ${e.message}`);
    process.exit(1);
});

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ComfyScope</name>
    <message>
        <source>TLS certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a message larger than the %1 byte cap; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by the server (code %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text message of %1 bytes exceeds the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no WebSocket handshake within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to WebSocket ping within %1 s; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnect requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds a non-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status.exec_info.queue_remaining is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative queue_remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;status&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;status&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;node&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;nodes&apos; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node entry &apos;%1&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;output&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;max_upload_size&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;entries&apos; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message has no string &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;data&apos; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary frame of %1 bytes exceeds the %2 byte cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary frame of %1 bytes is shorter than its %2 byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview frame without image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 4 metadata length %1 runs past the frame end (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 4 metadata is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 4 metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type 4 frame without image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT frame prompt id length runs past the frame end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT frame ends before its node id length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT frame node id length %1 runs past the frame end (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown binary event type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ComfyDeploy binary event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyDeploy frame of %1 bytes ends inside its 24-byte output_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyDeploy frame without image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from the server in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: response is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /prompt: the answer has no prompt_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /queue: no queue_running/queue_pending lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /history: the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /api/jobs: no jobs list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: the answer has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (use http, https, ws or wss)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App</name>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image in a format this viewer can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to decode a %1 × %2 image: it would need %3 of memory (the limit is %4 × %4 pixels and %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AlertEngine</name>
    <message>
        <source>The server restarted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 shows no progress for more than %2 s (node %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs in the queue (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM %1 % used (limit %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged, still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AlertRules</name>
    <message>
        <source>Server down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AutoSaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to save under the name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many files named like %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectDialog</name>
    <message>
        <source>Remember passwords and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a ComfyUI Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, or a URL with a path prefix for a reverse proxy, e.g. https://example.org/comfy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as ?token=… on every request (ComfyUI-Login and similar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the Comfy-User header (multi-user servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfy &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in plain text in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of a ComfyUI server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name may not contain spaces or colons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectionIndicator</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (polling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Click to connect to another server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Duration</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::EventLogDock</name>
    <message>
        <source>Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected events (or all shown) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetFile</name>
    <message>
        <source>server &quot;%1&quot; has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: header must be &quot;Name: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; is not system, none, http://host:port or socks5://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; needs a host and a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;servers&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetQueueModel</name>
    <message>
        <source>%1 (other client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no live detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetServer</name>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate not trusted (SHA-256 %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable (polling REST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reports a different version or command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its history no longer has prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server restarted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTileDelegate</name>
    <message>
        <source>Not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed/h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another client: no live detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryDelegate</name>
    <message>
        <source>Decoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryModel</name>
    <message>
        <source>Preview</source>
        <comment>image kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <comment>image kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>image kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <comment>image kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1, %2 × %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews received: %1 (showing the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image from node %1 of prompt %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryView</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every image from the gallery (saved files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images yet.
Sampler previews, WebSocket and ComfyDeploy outputs and the final images of every job appear here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only This Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryDialog</name>
    <message>
        <source>Load More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an output to open it in the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs shown: %1 (Load More for older ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in node %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryModel</name>
    <message>
        <source>Unknown</source>
        <comment>history outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryOutputsModel</name>
    <message>
        <source>%1
%2 folder%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ImageCanvas</name>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Lightbox</name>
    <message>
        <source>Image Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (newer) image (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (older) image (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the image was auto-saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the image into another application (or drag the image itself when it fits the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the full image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the gallery view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred from the running node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received, showing the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is still being decoded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::MainWindow</name>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyScope %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a ComfyUI server (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Demo Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server with a demo workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the job that is running on the server (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every pending job from the server&apos;s queue (Ctrl+Shift+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget &amp;Finished Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the server&apos;s past jobs (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Sampler &amp;Previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Latest Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ComfyScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-save on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs are saved to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-save off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn auto-save on in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving outputs to %1 for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session resumed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 (%2) failed: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in the queue (another client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not listen on a local port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server running at %1; it queues a workflow every %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it only if this fingerprint is the one of your server:

SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending jobs cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the queue failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in %1; outputs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ComfyScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;A native viewer for ComfyUI servers: live queue, progress, previews and outputs.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ComfyScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: %1 · memory %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-size images in memory: %1 (budget %2)
Thumbnails: %3
Frames received: %4, decoded: %5, skipped while busy: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue Workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue an API-format workflow (JSON) on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-format workflows (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON workflow: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a UI workflow. In ComfyUI, use Workflow → Export (API) and queue that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NewestImagesWidget</name>
    <message>
        <source>No images yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NodeListModel</name>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::PreferencesDialog</name>
    <message>
        <source>&amp;Save every output as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final outputs, SaveImageWebsocket and ComfyDeploy outputs are written to the folder; sampler previews are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-save Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the gallery holds (full-size images, thumbnails and the bytes kept to decode again) stays under this. Full-size images go first (oldest first) and are decoded again when opened; then the oldest images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery memory &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after restarting ComfyScope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ProgressPanel</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is running. Jobs queued on the server appear here as they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued by another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no live detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job belongs to another client; the server sends its progress only to that client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % — %2 of %3 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueModel</name>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job left the queue without a history entry (server restarted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · other</source>
        <comment>job of another client</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no live detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>unknown ETA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued by another client: the server sends its progress only to that client, so only its place in the queue and its outcome are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1 of %2 done (%3 cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueView</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected job from the queue, or interrupt it if it is running (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list jobs that have finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Outputs in Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ServerProfile</name>
    <message>
        <source>Not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationSettingsDialog</name>
    <message>
        <source>Show alerts as system tray &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a &amp;sound with each new alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the fleet status on &amp;127.0.0.1, port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring Station Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when unreachable for more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when a job shows no progress for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when more jobs wait than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when VRAM use is above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when a job fails (any client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the server lost its history or changed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status export (for other tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /status.json answers the same JSON as the file. Only this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard and wall mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read GPU/RAM &amp;stats every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall mode &amp;changes page every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationWindow</name>
    <message>
        <source>ComfyScope — Monitoring Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Fleet File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Fleet File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interrupt Running Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Pending Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Pending Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every pending job from the queue of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: hide interrupt, cancel, clear and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge All Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Event Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Job Durations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (all servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the queue of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery (all servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the images of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyScope: %1 of %2 servers up, %3 running, %4 alert(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 servers up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;lock Controls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 finished in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job finished on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n output(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n server(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo server could not listen on a local port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n simulated server(s) started on 127.0.0.1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge Alerts of This Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt job %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Fleet File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet files (*.json *.ini *.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Fleet File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;INI (*.ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include tokens and passwords in the file?

Without them, write ${VARIABLE} placeholders into the file by hand and set the variables in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Job Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet status at http://127.0.0.1:%1/status.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls locked (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional PIN to unlock (leave empty to unlock without one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show interrupt, cancel, clear and remove again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall mode on (Esc or F11 leaves)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StatusPublisher</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::WallView</name>
    <message>
        <source>ComfyScope — fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyScope — Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComfyScope::Cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue an API-format workflow (File → Export (API) in the web UI) and print its prompt id. With --wait, follow it to the end, printing one JSON line per change.

Exit status: 0 success, 1 execution error or interrupt, 2 validation error (node errors are printed), 3 connection failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-format workflow JSON file (&apos;-&apos; for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the prompt until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait: download every output image into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the prompt at the front of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra_data.preview_method: none, auto, latent2rgb, taesd (v0.5.0+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this prompt id instead of a new UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait: give up (exit 3) without a connection after S seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give exactly one workflow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is a UI workflow; export it in API format (Workflow → Export (API)) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the server refused the workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: node %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s queue (running and pending prompts, in execution order), or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a prompt: delete it if pending, interrupt it if running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every pending prompt (the running one goes on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending queue cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is neither running nor pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List finished prompts, newest last, with outcome, duration and outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at entry K from the oldest (v0.3.60+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON lines instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show server version, devices and memory (/system_stats) and its feature flags (/features).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version not reported: before v0.2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS %1, Python %2, PyTorch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM %1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 (%2): VRAM %3 free of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features: none (/features answered HTTP %1: server before v0.3.45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupt the running prompt. With --prompt-id only that prompt is stopped (servers v0.3.57+; older ones stop whatever runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only interrupt this prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupt sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server on 127.0.0.1 (HTTP and WebSocket on one port). It speaks the real protocol (v0.8.0 or v0.3.18), runs weight-free workflows with real images, and can generate a steady demo workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default 8188; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol version: 0.8.0 (default) or 0.3.18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve every route under this path prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also serve ComfyDeploy&apos;s /comfyui-deploy/ws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server preview method (default auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds per sampler step (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a demo workflow for the newest client every MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mode: stream N previews per second (512x512 JPEG with progress and progress_state) to every connected client; each preview&apos;s metadata carries sent_ns for latency measurements (see &apos;watch&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot listen on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated ComfyUI listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: this build has no simulator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Server address: host[:port], http(s):// or ws(s):// URL, with a path prefix for reverse proxies. Default: $COMFYSCOPE_SERVER or 127.0.0.1:8188.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfy-User header (a user id, --multi-user servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &apos;Authorization: Bearer&apos; with the token read from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic user; the password is read from $COMFYSCOPE_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ?token= (ComfyUI-Login) read from this environment variable to every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra header &apos;Name: value&apos; for every request (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST request timeout in milliseconds (default 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: bad --header &apos;%1&apos; (want &apos;Name: value&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: comfyscope-cli COMMAND [options]

Commands:
  watch       print every event of a server as JSON lines
  submit      queue an API-format workflow (JSON file); --wait follows it to the end
  queue       list the queue; --cancel ID, --clear
  history     list finished prompts; --max N
  stats       server version, devices and memory (/system_stats)
  interrupt   stop the running prompt (or --prompt-id ID only)
  simulate    run the built-in simulated ComfyUI server

Run &apos;comfyscope-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 execution error, 2 validation error, 3 connection failure, 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a ComfyUI server and print one JSON object per line for every event: server messages, binary frames (kind, format, size, prompt and node), connection changes and protocol errors.

Exit status: 0 at the normal end (--count or --timeout reached, or SIGINT), 3 when the server cannot be reached at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen as this client id: prompts queued by another tool with this client_id are seen in full. Default: a new UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N server events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every received image into DIR and print the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send feature_flags: previews come as anonymous type 1 frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComfyDeploy socket: auto (default), on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up with exit status 3 if no connection is made within S seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --%1 needs a number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch a ComfyUI server: queue, progress, live previews and outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in demo server and watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-save outputs to this folder for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no demo server.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once connected, queue this API-format workflow (JSON) and follow it. May be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this server (host:port or URL). Given more than once, the monitoring station watches them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the monitoring station (many servers, alerts, wall mode). With --demo: watch simulated servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the servers of this fleet file (JSON or INI) in the monitoring station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the monitoring station in wall mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the monitoring station locked (read-only: no interrupt, cancel or clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulated servers for --station --demo (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the fleet&apos;s state as JSON to this file every few seconds (monitoring station).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the fleet&apos;s state as JSON on http://127.0.0.1:PORT/status.json (monitoring station).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status-port: not a port number: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

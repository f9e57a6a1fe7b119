<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertEngine</name>
    <message>
        <source>The server restarted: %1</source>
        <translation>服务器已重启：%1</translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s</source>
        <translation>超过 %1 秒无法访问</translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s: %2</source>
        <translation>超过 %1 秒无法访问：%2</translation>
    </message>
    <message>
        <source>Job %1 shows no progress for more than %2 s (node %3)</source>
        <translation>任务 %1 超过 %2 秒没有进展（节点 %3）</translation>
    </message>
    <message>
        <source>%1 jobs in the queue (limit %2)</source>
        <translation>队列中有 %1 个任务（上限 %2）</translation>
    </message>
    <message>
        <source>VRAM %1 % used (limit %2 %)</source>
        <translation>VRAM 已用 %1 %（上限 %2 %）</translation>
    </message>
    <message>
        <source>Acknowledged, still active</source>
        <translation>已确认，仍然有效</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ComfyScope</name>
    <message>
        <source>no valid server address</source>
        <translation>没有有效的服务器地址</translation>
    </message>
    <message>
        <source>the server sent a message larger than the %1 byte cap; reconnecting</source>
        <translation>服务器发送的消息超过 %1 字节的上限；正在重新连接</translation>
    </message>
    <message>
        <source>connection closed by the server (code %1)%2</source>
        <translation>服务器关闭了连接（代码 %1）%2</translation>
    </message>
    <message>
        <source>polling failed</source>
        <translation>轮询失败</translation>
    </message>
    <message>
        <source>text message of %1 bytes exceeds the cap</source>
        <translation>%1 字节的文本消息超过上限</translation>
    </message>
    <message>
        <source>no WebSocket handshake within %1 s</source>
        <translation>%1 秒内没有 WebSocket 握手</translation>
    </message>
    <message>
        <source>no answer to WebSocket ping within %1 s; reconnecting</source>
        <translation>%1 秒内 WebSocket ping 无应答；正在重新连接</translation>
    </message>
    <message>
        <source>reconnect requested</source>
        <translation>已请求重新连接</translation>
    </message>
    <message>
        <source>status.exec_info.queue_remaining is missing or not a number</source>
        <translation>status.exec_info.queue_remaining 缺失或不是数字</translation>
    </message>
    <message>
        <source>negative queue_remaining</source>
        <translation>queue_remaining 为负数</translation>
    </message>
    <message>
        <source>field &apos;status&apos; is not an object</source>
        <translation>字段 &apos;status&apos; 不是对象</translation>
    </message>
    <message>
        <source>missing field &apos;status&apos;</source>
        <translation>缺少字段 &apos;status&apos;</translation>
    </message>
    <message>
        <source>missing field &apos;node&apos;</source>
        <translation>缺少字段 &apos;node&apos;</translation>
    </message>
    <message>
        <source>field &apos;nodes&apos; is missing or not an object</source>
        <translation>字段 &apos;nodes&apos; 缺失或不是对象</translation>
    </message>
    <message>
        <source>node entry &apos;%1&apos; is not an object</source>
        <translation>节点条目 &apos;%1&apos; 不是对象</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2</source>
        <translation>节点 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>field &apos;output&apos; is not an object</source>
        <translation>字段 &apos;output&apos; 不是对象</translation>
    </message>
    <message>
        <source>field &apos;max_upload_size&apos; is not a number</source>
        <translation>字段 &apos;max_upload_size&apos; 不是数字</translation>
    </message>
    <message>
        <source>field &apos;entries&apos; is missing or not a list</source>
        <translation>字段 &apos;entries&apos; 缺失或不是列表</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at offset %2</source>
        <translation>JSON 格式错误：%1（偏移 %2）</translation>
    </message>
    <message>
        <source>message is not a JSON object</source>
        <translation>消息不是 JSON 对象</translation>
    </message>
    <message>
        <source>message has no string &apos;%1&apos;</source>
        <translation>消息没有字符串 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;data&apos; is missing or not an object</source>
        <translation>%1：&apos;data&apos; 缺失或不是对象</translation>
    </message>
    <message>
        <source>binary frame of %1 bytes exceeds the %2 byte cap</source>
        <translation>%1 字节的二进制帧超过 %2 字节的上限</translation>
    </message>
    <message>
        <source>binary frame of %1 bytes is shorter than its %2 byte header</source>
        <translation>%1 字节的二进制帧短于其 %2 字节的帧头</translation>
    </message>
    <message>
        <source>preview frame without image</source>
        <translation>没有图像的预览帧</translation>
    </message>
    <message>
        <source>type 4 metadata length %1 runs past the frame end (%2 bytes)</source>
        <translation>类型 4 元数据长度 %1 超出帧末尾（%2 字节）</translation>
    </message>
    <message>
        <source>type 4 metadata is not a JSON object</source>
        <translation>类型 4 元数据不是 JSON 对象</translation>
    </message>
    <message>
        <source>type 4 metadata: %1</source>
        <translation>类型 4 元数据：%1</translation>
    </message>
    <message>
        <source>type 4 frame without image</source>
        <translation>没有图像的类型 4 帧</translation>
    </message>
    <message>
        <source>TEXT frame prompt id length runs past the frame end</source>
        <translation>TEXT 帧的任务 ID 长度超出帧末尾</translation>
    </message>
    <message>
        <source>TEXT frame ends before its node id length</source>
        <translation>TEXT 帧在节点 ID 长度之前结束</translation>
    </message>
    <message>
        <source>TEXT frame node id length %1 runs past the frame end (%2 bytes)</source>
        <translation>TEXT 帧的节点 ID 长度 %1 超出帧末尾（%2 字节）</translation>
    </message>
    <message>
        <source>unknown binary event type %1</source>
        <translation>未知的二进制事件类型 %1</translation>
    </message>
    <message>
        <source>unknown ComfyDeploy binary event %1</source>
        <translation>未知的 ComfyDeploy 二进制事件 %1</translation>
    </message>
    <message>
        <source>ComfyDeploy frame of %1 bytes ends inside its 24-byte output_id</source>
        <translation>%1 字节的 ComfyDeploy 帧在其 24 字节的 output_id 内结束</translation>
    </message>
    <message>
        <source>ComfyDeploy frame without image</source>
        <translation>没有图像的 ComfyDeploy 帧</translation>
    </message>
    <message>
        <source>%1: no answer from the server in time</source>
        <translation>%1：服务器未及时应答</translation>
    </message>
    <message>
        <source>%1: aborted</source>
        <translation>%1：已中止</translation>
    </message>
    <message>
        <source>%1: unexpected response body</source>
        <translation>%1：意外的响应内容</translation>
    </message>
    <message>
        <source>%1: response is not JSON</source>
        <translation>%1：响应不是 JSON</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>节点 %1：%2</translation>
    </message>
    <message>
        <source>node %1 (%2): %3</source>
        <translation>节点 %1（%2）：%3</translation>
    </message>
    <message>
        <source>POST /prompt: the answer has no prompt_id</source>
        <translation>POST /prompt：应答中没有 prompt_id</translation>
    </message>
    <message>
        <source>GET /queue: no queue_running/queue_pending lists</source>
        <translation>GET /queue：没有 queue_running/queue_pending 列表</translation>
    </message>
    <message>
        <source>GET /history: the answer is not a JSON object</source>
        <translation>GET /history：应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>GET /api/jobs: no jobs list</source>
        <translation>GET /api/jobs：没有任务列表</translation>
    </message>
    <message>
        <source>upload: the answer has no name</source>
        <translation>上传：应答中没有名称</translation>
    </message>
    <message>
        <source>empty server address</source>
        <translation>服务器地址为空</translation>
    </message>
    <message>
        <source>not a valid server address: %1</source>
        <translation>不是有效的服务器地址：%1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (use http, https, ws or wss)</source>
        <translation>不支持的协议 &apos;%1&apos;（请使用 http、https、ws 或 wss）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>无法连接到“%1”：%2</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>密钥链在 %1 秒内没有应答</translation>
    </message>
    <message>
        <source>no application object</source>
        <translation>没有应用程序对象</translation>
    </message>
    <message>
        <source>no D-Bus session bus for a secret service</source>
        <translation>没有可用于密钥服务的 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>the keychain returned another value</source>
        <translation>密钥链返回了不同的值</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>节点 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation>在节点 %1（%2）处中断</translation>
    </message>
    <message>
        <source>The job left the queue without a history entry (server restarted?).</source>
        <translation>任务离开队列但没有历史记录（服务器已重启？）。</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>连接已断开：%1</translation>
    </message>
    <message>
        <source>Reachable (polling REST)</source>
        <translation>可访问（REST 轮询）</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Finished in %1; outputs: %2</source>
        <translation>用时 %1 完成；输出：%2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>任务 %1 失败</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation>已从队列中移除</translation>
    </message>
    <message>
        <source>the server reports a different version or command line</source>
        <translation>服务器报告的版本或命令行不同</translation>
    </message>
    <message>
        <source>its history no longer has prompt %1</source>
        <translation>其历史记录中已没有任务 %1</translation>
    </message>
    <message>
        <source>Server restarted (%1)</source>
        <translation>服务器已重启（%1）</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (SHA-256 %1): %2</source>
        <translation>TLS 证书不受信任（SHA-256 %1）：%2</translation>
    </message>
    <message>
        <source>Session resumed (%1)</source>
        <translation>会话已恢复（%1）</translation>
    </message>
    <message>
        <source>Session started (%1)</source>
        <translation>会话已开始（%1）</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已加入队列</translation>
    </message>
    <message>
        <source>Seen in the queue (another client)</source>
        <translation>在队列中看到（其他客户端）</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>the server refused the WebSocket connection (HTTP %1)</source>
        <translation>服务器拒绝了 WebSocket 连接 (HTTP %1)</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (%1); SHA-256 %2</source>
        <translation>TLS 证书不受信任 (%1); SHA-256 %2</translation>
    </message>
    <message>
        <source>no status broadcast after queuing a prompt: the server lost this connection&apos;s registration; reconnecting</source>
        <translation>提交提示词后没有收到状态广播：服务器丢失了此连接的注册；正在重新连接</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2 — %3</source>
        <translation>%1: HTTP %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>route: network error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>POST /prompt: %1</source>
        <translation>POST /prompt: %1</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>ComfyUI %1 (%2)</source>
        <translation>ComfyUI %1（%2）</translation>
    </message>
    <message>
        <source>GPU%1 %2: VRAM %3 %</source>
        <translation>GPU%1 %2：显存 %3 %</translation>
    </message>
    <message>
        <source>frontend required %1</source>
        <translation>所需前端 %1</translation>
    </message>
    <message>
        <source>packages: %1</source>
        <translation>软件包：%1</translation>
    </message>
    <message>
        <source>prompt id &quot;%1&quot; is not a lowercase UUID such as c3df5ecf-7669-447b-a418-f9e91d115513</source>
        <translation>提示 ID“%1”不是形如 c3df5ecf-7669-447b-a418-f9e91d115513 的小写 UUID</translation>
    </message>
    <message>
        <source>the server&apos;s queue changed but no status broadcast reached this connection: the server lost its registration; reconnecting</source>
        <translation>服务器队列已变化，但没有状态广播到达此连接：服务器丢失了它的注册；正在重新连接</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 byte cap</source>
        <translation>%1：响应超过 %2 字节的上限</translation>
    </message>
    <message>
        <source>%1: the answer did not complete within %2 s</source>
        <translation>%1：响应未在 %2 秒内完成</translation>
    </message>
    <message>
        <source>class %1 is not installed on the server</source>
        <translation>服务器上未安装类 %1</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Asset scan failed: %1</source>
        <translation>资源扫描失败：%1</translation>
    </message>
    <message>
        <source>Asset scan %1 (%2 files)</source>
        <translation>资源扫描 %1（%2 个文件）</translation>
    </message>
    <message>
        <source>Asset scan %1</source>
        <translation>资源扫描 %1</translation>
    </message>
    <message>
        <source>No job database file given.</source>
        <translation>未指定任务数据库文件。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing (package libqt6sql6-sqlite); the job database is off.</source>
        <translation>缺少 Qt SQLite 驱动（软件包 libqt6sql6-sqlite）；任务数据库已关闭。</translation>
    </message>
    <message>
        <source>The job database %1 is a folder, not a file.</source>
        <translation>任务数据库 %1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the job database.</source>
        <translation>无法为任务数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The job database %1 is already open in this program.</source>
        <translation>任务数据库 %1 已在本程序中打开。</translation>
    </message>
    <message>
        <source>The job database %1 is in use by another ComfyScope (process %2 on %3). Only one station can write to it; use --db to choose another file.</source>
        <translation>任务数据库 %1 正被另一个 ComfyScope 使用（%3 上的进程 %2）。只有一个监控站可以写入；请用 --db 选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock beside the job database.</source>
        <translation>无法在任务数据库旁创建锁文件 %1.lock。</translation>
    </message>
    <message>
        <source>Cannot open the job database %1: %2</source>
        <translation>无法打开任务数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot use the job database %1: %2</source>
        <translation>无法使用任务数据库 %1：%2</translation>
    </message>
    <message>
        <source>The job database %1 is unreadable (%2) and could not be renamed aside; it was left as it is.</source>
        <translation>任务数据库 %1 无法读取（%2），且无法改名备份；已保持原样。</translation>
    </message>
    <message>
        <source>The job database %1 was unreadable (%2). It was kept as %3 and a new one was started.</source>
        <translation>任务数据库 %1 无法读取（%2）。已保留为 %3，并新建了数据库。</translation>
    </message>
    <message>
        <source>The job database %1 was written by a newer ComfyScope (schema %2, this one knows %3); it was left as it is.</source>
        <translation>任务数据库 %1 由更新版本的 ComfyScope 写入（架构 %2，本版本支持 %3）；已保持原样。</translation>
    </message>
    <message>
        <source>Cannot update the job database %1 to schema %2: %3</source>
        <translation>无法将任务数据库 %1 更新到架构 %2：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: use HOST:PORT, e.g. 127.0.0.1:9464</source>
        <translation>“%1”不是地址：请使用 HOST:PORT，例如 127.0.0.1:9464</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>Webhook %1: not an http:// or https:// URL</source>
        <translation>Webhook %1：不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已解决：%1</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>作业 %1 已结束：%2</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): queue full (%3 messages), dropping the oldest</source>
        <translation>Webhook %1 (%2)：队列已满（%3 条消息），丢弃最旧的一条</translation>
    </message>
    <message>
        <source>Webhook %1 (%2) delivers again</source>
        <translation>Webhook %1 (%2) 已恢复投递</translation>
    </message>
    <message>
        <source>Webhook %1 (%2) failed: %3; retrying</source>
        <translation>Webhook %1 (%2) 失败：%3；正在重试</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): message dropped after %3 attempts (%4)</source>
        <translation>Webhook %1 (%2)：尝试 %3 次后丢弃消息（%4）</translation>
    </message>
    <message>
        <source>relayed message without type or relay envelope</source>
        <translation>转发的消息缺少 type 或中继信封</translation>
    </message>
    <message>
        <source>the ComfyScope relay on this server requires a token; none is set</source>
        <translation>此服务器上的 ComfyScope 中继需要令牌，但未设置令牌</translation>
    </message>
    <message>
        <source>the ComfyScope relay wants a token (HTTP 401); none was sent</source>
        <translation>ComfyScope 中继需要令牌 (HTTP 401)；未发送令牌</translation>
    </message>
    <message>
        <source>the ComfyScope relay refused the token (HTTP 403)</source>
        <translation>ComfyScope 中继拒绝了该令牌 (HTTP 403)</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Following every client&apos;s jobs through the relay</source>
        <translation>正在通过中继跟踪所有客户端的任务</translation>
    </message>
    <message>
        <source>Running for client %1 (relayed)</source>
        <translation>正在为客户端 %1 运行（经中继）</translation>
    </message>
</context>
<context>
    <name>ComfyScope::AlertRules</name>
    <message>
        <source>Server down</source>
        <translation>服务器宕机</translation>
    </message>
    <message>
        <source>Job stalled</source>
        <translation>任务停滞</translation>
    </message>
    <message>
        <source>Execution error</source>
        <translation>执行错误</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>队列长度</translation>
    </message>
    <message>
        <source>VRAM use</source>
        <translation>VRAM 使用率</translation>
    </message>
    <message>
        <source>Server restarted</source>
        <translation>服务器已重启</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> jobs</source>
        <translation> 个任务</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App</name>
    <message>
        <source>The image is empty.</source>
        <translation>图像为空。</translation>
    </message>
    <message>
        <source>Not an image in a format this viewer can read.</source>
        <translation>不是此查看器可读取格式的图像。</translation>
    </message>
    <message>
        <source>Refused to decode a %1 × %2 image: it would need %3 of memory (the limit is %4 × %4 pixels and %5).</source>
        <translation>拒绝解码 %1 × %2 的图像：需要 %3 内存（上限为 %4 × %4 像素和 %5）。</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>无法解码图像：%1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AlertGroupModel</name>
    <message numerus="yes">
        <source>%1
%n time(s), first %2, last %3</source>
        <translation>
            <numerusform>%1
%n 次，首次 %2，最近 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近一次</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AutoSaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Refused to save under the name &quot;%1&quot;.</source>
        <translation>拒绝以名称“%1”保存。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Too many files named like %1.</source>
        <translation>与 %1 同名的文件过多。</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectDialog</name>
    <message>
        <source>Remember passwords and tokens</source>
        <translation>记住密码和令牌</translation>
    </message>
    <message>
        <source>Connect to a ComfyUI Server</source>
        <translation>连接到 ComfyUI 服务器</translation>
    </message>
    <message>
        <source>host:port, or a URL with a path prefix for a reverse proxy, e.g. https://example.org/comfy</source>
        <translation>host:port，或带有反向代理路径前缀的 URL，例如 https://example.org/comfy</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>用户名和密码（Basic）</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sent as ?token=… on every request (ComfyUI-Login and similar)</source>
        <translation>在每个请求中以 ?token=… 发送（ComfyUI-Login 等）</translation>
    </message>
    <message>
        <source>&amp;Query token:</source>
        <translation>查询令牌(&amp;Q)：</translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation>例如 X-API-Key</translation>
    </message>
    <message>
        <source>Extra &amp;header:</source>
        <translation>额外请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>请求头值(&amp;V)：</translation>
    </message>
    <message>
        <source>Sent as the Comfy-User header (multi-user servers)</source>
        <translation>作为 Comfy-User 请求头发送（多用户服务器）</translation>
    </message>
    <message>
        <source>Comfy &amp;user:</source>
        <translation>Comfy 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the address of a ComfyUI server.</source>
        <translation>请输入 ComfyUI 服务器的地址。</translation>
    </message>
    <message>
        <source>Not a server address.</source>
        <translation>不是服务器地址。</translation>
    </message>
    <message>
        <source>The header name may not contain spaces or colons.</source>
        <translation>请求头名称不能包含空格或冒号。</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>高级(&amp;D)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>How to reach this server. System default: the proxy settings of the system (or none).</source>
        <translation>如何访问此服务器。系统默认：使用系统的代理设置（或不使用代理）。</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Default: 8080 for HTTP, 1080 for SOCKS5</source>
        <translation>默认：HTTP 为 8080，SOCKS5 为 1080</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>代理用户(&amp;E)：</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>代理(&amp;X)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Pro&amp;xy: %1</source>
        <translation>代理(&amp;X)：%1</translation>
    </message>
    <message>
        <source>Enter the host name of the proxy.</source>
        <translation>请输入代理的主机名。</translation>
    </message>
    <message>
        <source>The proxy host is a host name or an IP address, without spaces or slashes.</source>
        <translation>代理主机是不含空格或斜杠的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Shows or hides more settings</source>
        <translation>显示或隐藏更多设置</translation>
    </message>
    <message>
        <source>Follow every client&apos;s jobs (ComfyScope relay)</source>
        <translation>跟踪所有客户端的任务（ComfyScope 中继）</translation>
    </message>
    <message>
        <source>When the server has the ComfyScope relay extension, show other clients&apos; jobs with live progress and previews</source>
        <translation>当服务器装有 ComfyScope 中继扩展时，显示其他客户端的任务及其实时进度和预览</translation>
    </message>
    <message>
        <source>The relay&apos;s COMFYSCOPE_RELAY_TOKEN</source>
        <translation>中继的 COMFYSCOPE_RELAY_TOKEN</translation>
    </message>
    <message>
        <source>&amp;Relay token:</source>
        <translation>中继令牌(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectionIndicator</name>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Connected (polling)</source>
        <translation>已连接（轮询）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Server: %2</source>
        <translation>%1
服务器：%2</translation>
    </message>
    <message>
        <source>
Last error: %1</source>
        <translation>
上次错误：%1</translation>
    </message>
    <message>
        <source>
Click to connect to another server.</source>
        <translation>
单击以连接到其他服务器。</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Demo::DemoFleet</name>
    <message>
        <source>A demo server could not listen on a local port.</source>
        <translation>一个演示服务器无法在本地端口上监听。</translation>
    </message>
    <message>
        <source>gpu-%1</source>
        <translation>gpu-%1</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation>（离线）</translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation>此版本没有演示服务器。</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Demo::DemoServer</name>
    <message>
        <source>The demo server could not listen on a local port.</source>
        <translation>演示服务器无法在本地端口上监听。</translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation>此版本没有演示服务器。</translation>
    </message>
    <message>
        <source>Demo with a ComfyDeploy output</source>
        <translation>带 ComfyDeploy 输出的演示</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::DemoHistorySeeder</name>
    <message numerus="yes">
        <source>Filling the job history with %n day(s) of simulated jobs…</source>
        <translation>
            <numerusform>正在用 %n 天的模拟任务填充任务历史…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo History</source>
        <translation>演示历史</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n simulated job(s) to the job database…</source>
        <translation>
            <numerusform>正在将 %n 个模拟任务写入任务数据库…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::EventLogDock</name>
    <message>
        <source>Event Log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected events (or all shown) to the clipboard</source>
        <translation>将所选事件（或全部显示的事件）复制到剪贴板</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetQueueModel</name>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTableModel</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>another client: no live detail</source>
        <translation>其他客户端：无实时详情</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Running job</source>
        <translation>运行中的任务</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计剩余</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTileDelegate</name>
    <message>
        <source>Not watched</source>
        <translation>未监视</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Down for %1</source>
        <translation>已宕机 %1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed/h</source>
        <translation>
            <numerusform>%n 次失败/小时</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>(another client: no live detail)</source>
        <translation>（其他客户端：无实时详情）</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>No health data yet</source>
        <translation>尚无系统数据</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>load %1 %</source>
        <translation>负载 %1 %</translation>
    </message>
    <message>
        <source>GPU%1</source>
        <translation>GPU%1</translation>
    </message>
    <message>
        <source>queued by %1</source>
        <translation>由 %1 排队</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>其他客户端</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Q %1</source>
        <translation>队 %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>VRAM %1 %</source>
        <translation>显存 %1 %</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryDelegate</name>
    <message>
        <source>Decoding…</source>
        <translation>正在解码…</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryModel</name>
    <message>
        <source>Preview</source>
        <comment>image kind</comment>
        <translation>预览</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <comment>image kind</comment>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>image kind</comment>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>image kind</comment>
        <translation>输出</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation>（推断）</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Format: %1, %2 × %3, %4</source>
        <translation>格式：%1，%2 × %3，%4</translation>
    </message>
    <message>
        <source>Previews received: %1 (showing the latest)</source>
        <translation>已收到的预览：%1（显示最新的）</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>已收到：%1</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>已保存到：%1</translation>
    </message>
    <message>
        <source>Image from node %1 of prompt %2: %3</source>
        <translation>任务 %2 中节点 %1 的图像：%3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryView</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Show or hide %1 images</source>
        <translation>显示或隐藏 %1 图像</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every image from the gallery (saved files stay)</source>
        <translation>从图库中移除所有图像（已保存的文件保留）</translation>
    </message>
    <message>
        <source>No images yet.
Sampler previews, WebSocket and ComfyDeploy outputs and the final images of every job appear here as they arrive.</source>
        <translation>尚无图像。
采样器预览、WebSocket 和 ComfyDeploy 输出以及每个任务的最终图像到达后会显示在这里。</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>图像：%1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 images</source>
        <translation>显示 %1 / %2 张图像</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation>复制任务 ID</translation>
    </message>
    <message>
        <source>Show Only This Job</source>
        <translation>仅显示此任务</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryBrowser</name>
    <message>
        <source>&amp;Newer</source>
        <translation>较新(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>较旧(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy Error</source>
        <translation>复制错误(&amp;C)</translation>
    </message>
    <message>
        <source>Open O&amp;utputs</source>
        <translation>打开输出(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Queue Again</source>
        <translation>再次排队(&amp;Q)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>Not succeeded</source>
        <translation>未成功</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>从 – 到</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>name or hash</source>
        <translation>名称或哈希</translation>
    </message>
    <message>
        <source>text of the error</source>
        <translation>错误文本</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>结果(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>客户端(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>工作流(&amp;W)：</translation>
    </message>
    <message>
        <source>E&amp;rror:</source>
        <translation>错误(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Selected Jobs…</source>
        <translation>所选任务…</translation>
    </message>
    <message>
        <source>All Matches…</source>
        <translation>全部匹配项…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Double-click an output to open it</source>
        <translation>双击输出即可打开</translation>
    </message>
    <message>
        <source>Time per node</source>
        <translation>每个节点的耗时</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The error text is on the clipboard.</source>
        <translation>错误文本已复制到剪贴板。</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>所有服务器</translation>
    </message>
    <message>
        <source>No job database is open.</source>
        <translation>没有打开任务数据库。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>No job matches.</source>
        <translation>没有匹配的任务。</translation>
    </message>
    <message>
        <source>Jobs %1–%2 of %3</source>
        <translation>任务 %1–%2，共 %3 个</translation>
    </message>
    <message>
        <source>The workflow of this job is not known</source>
        <translation>此任务的工作流未知</translation>
    </message>
    <message>
        <source>Queue the stored workflow again on %1</source>
        <translation>在 %1 上再次排队已保存的工作流</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>queued by this station</source>
        <translation>由本监控站排队</translation>
    </message>
    <message>
        <source>another client&apos;s, followed live through the relay</source>
        <translation>其他客户端的任务，通过中继实时跟踪</translation>
    </message>
    <message>
        <source>another client&apos;s (from the server&apos;s history)</source>
        <translation>其他客户端的任务（来自服务器历史）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已加入队列</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Not recorded (the job was not followed live)</source>
        <translation>未记录（该任务未被实时跟踪）</translation>
    </message>
    <message>
        <source>No outputs</source>
        <translation>无输出</translation>
    </message>
    <message>
        <source>No Outputs</source>
        <translation>无输出</translation>
    </message>
    <message>
        <source>Open O&amp;utputs (%1)</source>
        <translation>打开输出 (%1)(&amp;U)</translation>
    </message>
    <message>
        <source>This job has no outputs.</source>
        <translation>此任务没有输出。</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet: its outputs cannot be fetched.</source>
        <translation>%1 已不在服务器群中：无法获取其输出。</translation>
    </message>
    <message>
        <source>%1 is not reachable now: its outputs cannot be fetched.</source>
        <translation>%1 当前无法访问：无法获取其输出。</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n output(s) from %1…</source>
        <translation>
            <numerusform>正在从 %1 获取 %n 个输出…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer on %2.</source>
        <translation>%1 已不在 %2 上。</translation>
    </message>
    <message>
        <source>%1 could not be fetched from %2: %3</source>
        <translation>无法从 %2 获取 %1：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) fetched from %1.</source>
        <translation>
            <numerusform>已从 %1 获取 %n 个输出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n output(s) is on %1 any more (%2)</source>
        <translation>
            <numerusform>%n 个输出都已不在 %1 上（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 outputs fetched; %3</source>
        <translation>已获取 %1/%2 个输出；%3</translation>
    </message>
    <message>
        <source>The station is locked: nothing can be queued.</source>
        <translation>监控站已锁定：无法排队。</translation>
    </message>
    <message>
        <source>Choose a job first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
    <message>
        <source>The workflow of %1 is not stored; it cannot be queued again.</source>
        <translation>%1 的工作流未保存，无法再次排队。</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet.</source>
        <translation>%1 已不在服务器群中。</translation>
    </message>
    <message>
        <source>%1 is not reachable now.</source>
        <translation>%1 当前无法访问。</translation>
    </message>
    <message>
        <source>Queueing %1 on %2…</source>
        <translation>正在 %2 上排队 %1…</translation>
    </message>
    <message>
        <source>Queued %1 on %2 as %3</source>
        <translation>已在 %2 上将 %1 排队为 %3</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 拒绝了 %2：%3</translation>
    </message>
    <message>
        <source>Nothing to export: no job is selected.</source>
        <translation>没有可导出的内容：未选择任何任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个任务写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Matching Jobs</source>
        <translation>导出所有匹配的任务</translation>
    </message>
    <message>
        <source>Export Selected Jobs</source>
        <translation>导出所选任务</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryDialog</name>
    <message>
        <source>Load More</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Double-click an output to open it in the viewer</source>
        <translation>双击输出即可在查看器中打开</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>无法加载历史记录：%1</translation>
    </message>
    <message>
        <source>Jobs shown: %1 (Load More for older ones)</source>
        <translation>已显示的任务：%1（“加载更多”查看更早的任务）</translation>
    </message>
    <message>
        <source>All jobs shown: %1</source>
        <translation>已显示全部任务：%1</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>客户端：%1</translation>
    </message>
    <message>
        <source>Cached nodes: %1</source>
        <translation>已缓存的节点：%1</translation>
    </message>
    <message>
        <source>Error in node %1 (%2): %3</source>
        <translation>节点 %1（%2）出错：%3</translation>
    </message>
    <message>
        <source>Search prompt, status, date, client…</source>
        <translation>搜索提示、状态、日期、客户端…</translation>
    </message>
    <message numerus="yes">
        <source>Not connected: %n job(s) from the job database.</source>
        <translation>
            <numerusform>未连接：来自任务数据库的 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) from the job database.</source>
        <translation>
            <numerusform>来自任务数据库的 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the job database</source>
        <translation>
            <numerusform>%n 个来自任务数据库</numerusform>
        </translation>
    </message>
    <message>
        <source>From the job database (an earlier run)</source>
        <translation>来自任务数据库（之前的运行）</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryModel</name>
    <message>
        <source>Unknown</source>
        <comment>history outcome</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>this viewer</source>
        <translation>此查看器</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>Queued By</source>
        <translation>排队者</translation>
    </message>
    <message>
        <source>From the job database: seen in an earlier run; the server no longer lists it</source>
        <translation>来自任务数据库：在之前的运行中记录；服务器已不再列出</translation>
    </message>
    <message>
        <source>From the server&apos;s history</source>
        <translation>来自服务器历史</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Job database</source>
        <translation>任务数据库</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryOutputsModel</name>
    <message>
        <source>%1
%2 folder%3</source>
        <translation>%1
文件夹 %2%3</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ImageCanvas</name>
    <message>
        <source>No image</source>
        <translation>无图像</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::JobState</name>
    <message>
        <source>Pending</source>
        <comment>job state</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>job state</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>job state</comment>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>job state</comment>
        <translation>丢失</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Lightbox</name>
    <message>
        <source>Image Viewer</source>
        <translation>图像查看器</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <source>Previous (newer) image (Left)</source>
        <translation>上一张（较新）图像（左）</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>较旧</translation>
    </message>
    <message>
        <source>Next (older) image (Right)</source>
        <translation>下一张（较旧）图像（右）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>使图像适应窗口（F）</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (1)</source>
        <translation>每个屏幕像素显示一个图像像素（1）</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>将图像复制到剪贴板（Ctrl+C）</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder the image was auto-saved to</source>
        <translation>打开图像自动保存所在的文件夹</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <source>Drag the image into another application (or drag the image itself when it fits the window)</source>
        <translation>将图像拖到其他应用程序（图像适应窗口时也可直接拖动图像）</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Loading the full image…</source>
        <translation>正在加载完整图像…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not in the gallery view</source>
        <translation>不在图库视图中</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>归属</translation>
    </message>
    <message>
        <source>inferred from the running node</source>
        <translation>根据正在运行的节点推断</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation>编码后</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>%1 received, showing the latest</source>
        <translation>已收到 %1 个，显示最新的</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>已保存到</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Embedded metadata</source>
        <translation>嵌入的元数据</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG 图像 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>WebP 图像 (*.webp)</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>图像另存为</translation>
    </message>
    <message>
        <source>The image is still being decoded; try again.</source>
        <translation>图像仍在解码；请重试。</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::MainWindow</name>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>ComfyScope %1 started</source>
        <translation>ComfyScope %1 已启动</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to a ComfyUI server (Ctrl+O)</source>
        <translation>连接到 ComfyUI 服务器（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Start &amp;Demo Server</source>
        <translation>启动演示服务器(&amp;D)</translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server with a demo workload</source>
        <translation>以演示负载运行内置的模拟 ComfyUI 服务器</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>中断(&amp;I)</translation>
    </message>
    <message>
        <source>Stop the job that is running on the server (Ctrl+I)</source>
        <translation>停止服务器上正在运行的任务（Ctrl+I）</translation>
    </message>
    <message>
        <source>C&amp;lear Pending</source>
        <translation>清除等待中(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every pending job from the server&apos;s queue (Ctrl+Shift+Del)</source>
        <translation>从服务器队列中移除所有等待中的任务（Ctrl+Shift+Del）</translation>
    </message>
    <message>
        <source>&amp;Refresh Queue</source>
        <translation>刷新队列(&amp;R)</translation>
    </message>
    <message>
        <source>Forget &amp;Finished Jobs</source>
        <translation>忘记已完成的任务(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Browse the server&apos;s past jobs (Ctrl+H)</source>
        <translation>浏览服务器过去的任务（Ctrl+H）</translation>
    </message>
    <message>
        <source>Show Sampler &amp;Previews</source>
        <translation>显示采样器预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Latest Image</source>
        <translation>打开最新图像(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About ComfyScope</source>
        <translation>关于 ComfyScope(&amp;A)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Recent &amp;Servers</source>
        <translation>最近的服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Auto-save on</source>
        <translation>自动保存已开启</translation>
    </message>
    <message>
        <source>Outputs are saved to %1 as %2</source>
        <translation>输出以 %2 保存到 %1</translation>
    </message>
    <message>
        <source>Auto-save off</source>
        <translation>自动保存已关闭</translation>
    </message>
    <message>
        <source>Turn auto-save on in Preferences</source>
        <translation>请在首选项中开启自动保存</translation>
    </message>
    <message>
        <source>Saving outputs to %1 for this session</source>
        <translation>本次会话将输出保存到 %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>无法连接到“%1”：%2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;:
%2</source>
        <translation>无法连接到“%1”：
%2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Demo server running at %1; it queues a workflow every %2 s</source>
        <translation>演示服务器运行于 %1；每 %2 秒将一个工作流加入队列</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>演示服务器（%1）</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>已与 %1 断开连接</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate of %1 not trusted: %2</source>
        <translation>%1 的证书不受信任：%2</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>无法验证 %1 的证书。</translation>
    </message>
    <message>
        <source>Trust it only if this fingerprint is the one of your server:

SHA-256: %1</source>
        <translation>仅当此指纹是您服务器的指纹时才信任它：

SHA-256：%1</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>信任此证书</translation>
    </message>
    <message>
        <source>Interrupt sent</source>
        <translation>已发送中断</translation>
    </message>
    <message>
        <source>Interrupt failed: %1</source>
        <translation>中断失败：%1</translation>
    </message>
    <message>
        <source>Pending jobs cleared</source>
        <translation>已清除等待中的任务</translation>
    </message>
    <message>
        <source>Clearing the queue failed: %1</source>
        <translation>清除队列失败：%1</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>已请求取消</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation>取消失败：%1</translation>
    </message>
    <message>
        <source>About ComfyScope</source>
        <translation>关于 ComfyScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;A native viewer for ComfyUI servers: live queue, progress, previews and outputs.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;ComfyUI 服务器的原生查看器：实时队列、进度、预览和输出。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>ComfyScope</source>
        <translation>ComfyScope</translation>
    </message>
    <message>
        <source>%1 — ComfyScope</source>
        <translation>%1 — ComfyScope</translation>
    </message>
    <message>
        <source>Images: %1 · memory %2 of %3</source>
        <translation>图像：%1 · 内存 %2 / %3</translation>
    </message>
    <message>
        <source>Full-size images in memory: %1 (budget %2)
Thumbnails: %3
Frames received: %4, decoded: %5, skipped while busy: %6</source>
        <translation>内存中的完整尺寸图像：%1（预算 %2）
缩略图：%3
收到的帧：%4，已解码：%5，繁忙时跳过：%6</translation>
    </message>
    <message>
        <source>&amp;Queue Workflow…</source>
        <translation>将工作流加入队列(&amp;Q)…</translation>
    </message>
    <message>
        <source>Queue an API-format workflow (JSON; in ComfyUI: Workflow → Export (API)) on the server</source>
        <translation>将 API 格式的工作流（JSON；在 ComfyUI 中：Workflow → Export (API)）加入服务器队列</translation>
    </message>
    <message>
        <source>Queue Workflow</source>
        <translation>将工作流加入队列</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>请先连接到服务器。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON workflow: %2</source>
        <translation>%1 不是 JSON 工作流：%2</translation>
    </message>
    <message>
        <source>This is a UI workflow. In ComfyUI, use Workflow → Export (API) and queue that file.</source>
        <translation>这是 UI 工作流。请在 ComfyUI 中使用“Workflow → Export (API)”并将该文件加入队列。</translation>
    </message>
    <message>
        <source>Queued %1 as %2</source>
        <translation>已将 %1 作为 %2 加入队列</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>The server refused %1.</source>
        <translation>服务器拒绝了 %1。</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Edit Address…</source>
        <translation>编辑地址…</translation>
    </message>
    <message>
        <source>API-format workflows or ComfyUI images (*.json *.png);;All files (*)</source>
        <translation>API 格式工作流或 ComfyUI 图像 (*.json *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 holds no workflow: only PNGs saved by ComfyUI carry their prompt.</source>
        <translation>%1 不含工作流：只有 ComfyUI 保存的 PNG 才带有其提示。</translation>
    </message>
    <message>
        <source>The workflow of %1 is not known; it cannot be queued again.</source>
        <translation>%1 的工作流未知，无法再次排队。</translation>
    </message>
    <message>
        <source>%1 was not queued: %2 is not reachable (%3)</source>
        <translation>%1 未排队：无法访问 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 was not queued: the server at %2 is not reachable.</source>
        <translation>%1 未排队：无法访问服务器 %2。</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Stop the job that is running on %1 now?</source>
        <translation>立即停止 %1 上正在运行的任务？</translation>
    </message>
    <message>
        <source>Clear Pending</source>
        <translation>清除等待项</translation>
    </message>
    <message>
        <source>Remove every job waiting in the queue of %1, also those of other clients?</source>
        <translation>删除 %1 队列中所有等待的任务（包括其他客户端的）？</translation>
    </message>
    <message>
        <source>&amp;Clear Pending</source>
        <translation>清除等待项(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server at %1 is not reachable.&lt;/b&gt; Its jobs&apos; progress is frozen until it answers again; retrying.</source>
        <translation>&lt;b&gt;无法访问服务器 %1。&lt;/b&gt;在其恢复响应前，其任务进度已冻结；正在重试。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot reach the server at %1.&lt;/b&gt; Check the address; retrying.</source>
        <translation>&lt;b&gt;无法连接服务器 %1。&lt;/b&gt;请检查地址；正在重试。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Job database: %1</source>
        <translation>任务数据库：%1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NewestImagesWidget</name>
    <message>
        <source>No images yet</source>
        <translation>尚无图像</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NodeListModel</name>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>at %1 / %2</source>
        <translation>在 %1 / %2</translation>
    </message>
    <message>
        <source>stopped, not finished</source>
        <translation>已停止，未完成</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::PreferencesDialog</name>
    <message>
        <source>&amp;Save every output as it arrives</source>
        <translation>每个输出到达时都保存(&amp;S)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>Final outputs, SaveImageWebsocket and ComfyDeploy outputs are written to the folder; sampler previews are not.</source>
        <translation>最终输出、SaveImageWebsocket 和 ComfyDeploy 输出会写入该文件夹；采样器预览不会。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</source>
        <translation>字段：{date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Auto-save Folder</source>
        <translation>自动保存文件夹</translation>
    </message>
    <message>
        <source>Everything the gallery holds (full-size images, thumbnails and the bytes kept to decode again) stays under this. Full-size images go first (oldest first) and are decoded again when opened; then the oldest images.</source>
        <translation>图库保存的所有内容（完整尺寸图像、缩略图以及为重新解码而保留的字节）都不会超过此值。首先释放完整尺寸图像（从最旧的开始），打开时会重新解码；然后移除最旧的图像。</translation>
    </message>
    <message>
        <source>Gallery memory &amp;budget:</source>
        <translation>图库内存预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Takes effect after restarting ComfyScope.</source>
        <translation>重新启动 ComfyScope 后生效。</translation>
    </message>
    <message>
        <source>Passwords and Tokens</source>
        <translation>密码和令牌</translation>
    </message>
    <message>
        <source>Untick &quot;Remember passwords and tokens&quot; when connecting to keep a server&apos;s secrets out of that file.</source>
        <translation>连接时取消勾选“记住密码和令牌”，服务器的机密信息就不会写入该文件。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ProgressPanel</name>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>No job is running. Jobs queued on the server appear here as they start.</source>
        <translation>没有正在运行的任务。服务器队列中的任务开始后会显示在这里。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Prompt %1 — %2</source>
        <translation>任务 %1 — %2</translation>
    </message>
    <message>
        <source>queued by another client</source>
        <translation>由其他客户端加入队列</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <source>no live detail</source>
        <translation>无实时详情</translation>
    </message>
    <message>
        <source>This job belongs to another client; the server sends its progress only to that client.</source>
        <translation>此任务属于其他客户端；服务器只将其进度发送给该客户端。</translation>
    </message>
    <message>
        <source>%1 % — %2 of %3 nodes</source>
        <translation>%1 % — %2 / %3 个节点</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>运行中：%1</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>无步骤</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>在队列中等待</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>queued by client %1 (via the relay)</source>
        <translation>由客户端 %1 排队（经中继）</translation>
    </message>
    <message>
        <source>time left unknown — server unreachable</source>
        <translation>剩余时间未知 — 无法访问服务器</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueModel</name>
    <message>
        <source>%1 · other</source>
        <comment>job of another client</comment>
        <translation>%1 · 其他</translation>
    </message>
    <message>
        <source>—</source>
        <comment>unknown ETA</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Queued by another client: the server sends its progress only to that client, so only its place in the queue and its outcome are shown.</source>
        <translation>由其他客户端加入队列：服务器只将其进度发送给该客户端，因此只显示其在队列中的位置和结果。</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>加入队列：%1</translation>
    </message>
    <message>
        <source>Nodes: %1 of %2 done (%3 cached)</source>
        <translation>节点：已完成 %1 / %2（%3 个已缓存）</translation>
    </message>
    <message>
        <source>%1 · queued by %2</source>
        <comment>job of another client, followed via the relay</comment>
        <translation>%1 · 由 %2 排队</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>其他客户端</translation>
    </message>
    <message>
        <source>this viewer</source>
        <translation>此查看器</translation>
    </message>
    <message>
        <source>unknown client</source>
        <translation>未知客户端</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>Queued by client %1; its live progress and previews come through the ComfyScope relay.</source>
        <translation>由客户端 %1 排队；其实时进度和预览经 ComfyScope 中继传来。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>ETA while the server is unreachable</comment>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueView</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Remove the selected job from the queue, or interrupt it if it is running (Delete)</source>
        <translation>从队列中移除所选任务，如正在运行则中断（Delete）</translation>
    </message>
    <message>
        <source>Show &amp;Finished</source>
        <translation>显示已完成(&amp;F)</translation>
    </message>
    <message>
        <source>Also list jobs that have finished</source>
        <translation>同时列出已完成的任务</translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation>复制任务 ID</translation>
    </message>
    <message>
        <source>Show Outputs in Gallery</source>
        <translation>在图库中显示输出</translation>
    </message>
    <message>
        <source>Show Error…</source>
        <translation>显示错误…</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation>从队列中移除</translation>
    </message>
    <message>
        <source>Queue &amp;Again</source>
        <translation>再次排队(&amp;A)</translation>
    </message>
    <message>
        <source>Queue Again with a New &amp;Seed</source>
        <translation>使用新种子再次排队(&amp;S)</translation>
    </message>
    <message>
        <source>The workflow of this job is not known</source>
        <translation>此任务的工作流未知</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>任务：%1 (%2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Node: %1 (%2)</source>
        <translation>节点：%1 (%2)</translation>
    </message>
    <message>
        <source>Exception: %1: %2</source>
        <translation>异常：%1：%2</translation>
    </message>
    <message>
        <source>Traceback:</source>
        <translation>回溯：</translation>
    </message>
    <message>
        <source>Error of %1</source>
        <translation>%1 的错误</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationSettingsDialog</name>
    <message>
        <source>Show alerts as system tray &amp;notifications</source>
        <translation>以系统托盘通知显示警报(&amp;N)</translation>
    </message>
    <message>
        <source>Play a &amp;sound with each new alert</source>
        <translation>每个新警报都播放声音(&amp;S)</translation>
    </message>
    <message>
        <source>Serve the fleet status on &amp;127.0.0.1, port</source>
        <translation>在 127.0.0.1 上提供机群状态(&amp;1)，端口</translation>
    </message>
    <message>
        <source>Monitoring Station Settings</source>
        <translation>监控站设置</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>警报规则</translation>
    </message>
    <message>
        <source>when unreachable for more than</source>
        <translation>无法访问的时间超过</translation>
    </message>
    <message>
        <source>when a job shows no progress for</source>
        <translation>任务无进展的时间超过</translation>
    </message>
    <message>
        <source>when more jobs wait than</source>
        <translation>等待的任务数超过</translation>
    </message>
    <message>
        <source>when VRAM use is above</source>
        <translation>VRAM 使用率超过</translation>
    </message>
    <message>
        <source>when a job fails (any client)</source>
        <translation>任务失败时（任何客户端）</translation>
    </message>
    <message>
        <source>when the server lost its history or changed version</source>
        <translation>服务器丢失历史记录或更换版本时</translation>
    </message>
    <message>
        <source>Status export (for other tools)</source>
        <translation>状态导出（供其他工具使用）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Status File</source>
        <translation>状态文件</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Status &amp;file:</source>
        <translation>状态文件(&amp;F)：</translation>
    </message>
    <message>
        <source>GET /status.json answers the same JSON as the file. Only this computer can reach it.</source>
        <translation>GET /status.json 返回与文件相同的 JSON。只有本机可以访问。</translation>
    </message>
    <message>
        <source>Dashboard and wall mode</source>
        <translation>仪表板和墙面模式</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Read GPU/RAM &amp;stats every:</source>
        <translation>读取 GPU/RAM 统计的间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Wall mode &amp;changes page every:</source>
        <translation>墙面模式翻页间隔(&amp;C)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Keep job &amp;history for:</source>
        <translation>任务历史保留时长(&amp;H)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Job history at &amp;most:</source>
        <translation>任务历史上限(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationWindow</name>
    <message>
        <source>ComfyScope — Monitoring Station</source>
        <translation>ComfyScope — 监控站</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已解决：%1</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>添加服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open Fleet File…</source>
        <translation>打开机群文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Fleet File…</source>
        <translation>保存机群文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>移除服务器(&amp;R)</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>移除服务器</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation>停止监视 %1？</translation>
    </message>
    <message>
        <source>&amp;Interrupt Running Job</source>
        <translation>中断正在运行的任务(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;lear Pending Jobs</source>
        <translation>清除等待中的任务(&amp;L)</translation>
    </message>
    <message>
        <source>Clear Pending Jobs</source>
        <translation>清除等待中的任务</translation>
    </message>
    <message>
        <source>Remove every pending job from the queue of %1?</source>
        <translation>从 %1 的队列中移除所有等待中的任务？</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation>墙面模式(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lock Controls</source>
        <translation>锁定控制(&amp;L)</translation>
    </message>
    <message>
        <source>Read-only: hide interrupt, cancel, clear and remove</source>
        <translation>只读：隐藏中断、取消、清除和移除</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge All Alerts</source>
        <translation>确认所有警报(&amp;K)</translation>
    </message>
    <message>
        <source>Station &amp;Settings…</source>
        <translation>监控站设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;Event Log…</source>
        <translation>导出事件日志(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Job Durations…</source>
        <translation>导出任务耗时(&amp;J)…</translation>
    </message>
    <message>
        <source>Open in &amp;Viewer</source>
        <translation>在查看器中打开(&amp;V)</translation>
    </message>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>立即重新连接(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>机群(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>监控站</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation>全部确认(&amp;L)</translation>
    </message>
    <message>
        <source>Queue (all servers)</source>
        <translation>队列（所有服务器）</translation>
    </message>
    <message>
        <source>Show the queue of</source>
        <translation>显示队列的服务器</translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation>显示已完成(&amp;F)</translation>
    </message>
    <message>
        <source>Gallery (all servers)</source>
        <translation>图库（所有服务器）</translation>
    </message>
    <message>
        <source>Show the images of</source>
        <translation>显示图像的服务器</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>所有服务器</translation>
    </message>
    <message>
        <source>Show Station</source>
        <translation>显示监控站</translation>
    </message>
    <message>
        <source>ComfyScope: %1 of %2 servers up, %3 running, %4 alert(s)</source>
        <translation>ComfyScope：%2 台服务器中 %1 台在线，%3 个运行中，%4 个警报</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 servers up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; / %2 台服务器在线</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n 台宕机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>最近一小时 %n 次失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n 个未确认的警报</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;lock Controls…</source>
        <translation>解锁控制(&amp;L)…</translation>
    </message>
    <message>
        <source>Job %1 finished in %2</source>
        <translation>任务 %1 用时 %2 完成</translation>
    </message>
    <message>
        <source>Job finished on %1</source>
        <translation>%1 上的任务已完成</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n output(s)</source>
        <translation>
            <numerusform>任务 %1：%n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>正在监视 %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>机群</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n server(s) from %1</source>
        <translation>
            <numerusform>已从 %1 加载 %n 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated server(s) started on 127.0.0.1</source>
        <translation>
            <numerusform>已在 127.0.0.1 上启动 %n 台模拟服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1 — %2</source>
        <translation>警报：%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Acknowledge Alerts of This Server</source>
        <translation>确认此服务器的警报</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Interrupt job %1 on %2?</source>
        <translation>中断 %2 上的任务 %1？</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Open Fleet File</source>
        <translation>打开机群文件</translation>
    </message>
    <message>
        <source>Fleet files (*.json *.ini *.conf);;All files (*)</source>
        <translation>机群文件 (*.json *.ini *.conf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Fleet File</source>
        <translation>保存机群文件</translation>
    </message>
    <message>
        <source>JSON (*.json);;INI (*.ini)</source>
        <translation>JSON (*.json);;INI (*.ini)</translation>
    </message>
    <message>
        <source>Include tokens and passwords in the file?

Without them, write ${VARIABLE} placeholders into the file by hand and set the variables in the environment.</source>
        <translation>在文件中包含令牌和密码？

不包含时，请手动在文件中写入 ${VARIABLE} 占位符，并在环境中设置这些变量。</translation>
    </message>
    <message>
        <source>Export Job Durations</source>
        <translation>导出任务耗时</translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>导出事件日志</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fleet status at http://127.0.0.1:%1/status.json</source>
        <translation>机群状态位于 http://127.0.0.1:%1/status.json</translation>
    </message>
    <message>
        <source>Controls locked (read-only)</source>
        <translation>控制已锁定（只读）</translation>
    </message>
    <message>
        <source>Controls unlocked</source>
        <translation>控制已解锁</translation>
    </message>
    <message>
        <source>Lock Controls</source>
        <translation>锁定控制</translation>
    </message>
    <message>
        <source>Optional PIN to unlock (leave empty to unlock without one):</source>
        <translation>用于解锁的可选 PIN（留空则无需 PIN 即可解锁）：</translation>
    </message>
    <message>
        <source>Unlock Controls</source>
        <translation>解锁控制</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN：</translation>
    </message>
    <message>
        <source>Show interrupt, cancel, clear and remove again?</source>
        <translation>重新显示中断、取消、清除和移除？</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 错误。</translation>
    </message>
    <message>
        <source>Wall mode on (Esc or F11 leaves)</source>
        <translation>墙面模式已开启（按 Esc 或 F11 退出）</translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s) held back</source>
        <translation>
            <numerusform>另有 %n 条通知被暂缓</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The station is locked. PIN:</source>
        <translation>监控站已锁定。PIN：</translation>
    </message>
    <message>
        <source>The station is locked. Leave anyway?</source>
        <translation>监控站已锁定。仍要离开吗？</translation>
    </message>
    <message>
        <source>Wrong PIN: the locked station stays as it is</source>
        <translation>PIN 错误：已锁定的监控站保持不变</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Job database: %1</source>
        <translation>任务数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>趋势(&amp;T)…</translation>
    </message>
    <message>
        <source>Queued again from the history as %1</source>
        <translation>已从历史再次排队为 %1</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Dense &amp;Table</source>
        <translation>紧凑表格(&amp;T)</translation>
    </message>
    <message>
        <source>Every server as one row: state, queue, running job, VRAM, alerts</source>
        <translation>每台服务器一行：状态、队列、运行中的任务、显存、警报</translation>
    </message>
    <message>
        <source>Tile &amp;Size</source>
        <translation>磁贴大小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Small (dense)</source>
        <translation>小（紧凑）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>中(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Large (with preview)</source>
        <translation>大（含预览）(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StoredJobsModel</name>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Run Time</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::TrendsView</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>整个集群</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Jobs per %1 by outcome</source>
        <translation>每%1任务数（按结果）</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1
%2: %3
all: %4 (failed %5)</source>
        <translation>%1
%2：%3
全部：%4（失败 %5）</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>队列长度</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>queue depth (mean)</source>
        <translation>队列长度（平均）</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Failure rate, VRAM and GPU load</source>
        <translation>失败率、显存与 GPU 负载</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <source>VRAM (highest)</source>
        <translation>显存（最高）</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>GPU 负载</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), %1 failed (%2 %)</source>
        <translation>
            <numerusform>%n 个任务，失败 %1（%2 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>任务(&amp;J)…</translation>
    </message>
    <message>
        <source>Open these jobs in the History browser (or click a bar or point)</source>
        <translation>在历史浏览器中打开这些任务（或点击柱形或数据点）</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::WallView</name>
    <message>
        <source>ComfyScope — fleet</source>
        <translation>ComfyScope — 机群</translation>
    </message>
    <message>
        <source>ComfyScope — Wall</source>
        <translation>ComfyScope — 墙面</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%2 台中 %1 台在线</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n 台宕机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>最近一小时 %n 次失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 个警报</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>(paused — Space resumes)</source>
        <translation>（已暂停 — 按空格继续）</translation>
    </message>
</context>
<context>
    <name>ComfyScope::Cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>API-format workflow JSON file (&apos;-&apos; for stdin).</source>
        <translation>API 格式的工作流 JSON 文件（&apos;-&apos; 表示标准输入）。</translation>
    </message>
    <message>
        <source>Follow the prompt until it finishes.</source>
        <translation>跟踪任务直到结束。</translation>
    </message>
    <message>
        <source>With --wait: download every output image into DIR.</source>
        <translation>使用 --wait 时：将每个输出图像下载到 DIR。</translation>
    </message>
    <message>
        <source>Put the prompt at the front of the queue.</source>
        <translation>将任务放到队列最前面。</translation>
    </message>
    <message>
        <source>extra_data.preview_method: none, auto, latent2rgb, taesd (v0.5.0+).</source>
        <translation>extra_data.preview_method：none、auto、latent2rgb、taesd（v0.5.0+）。</translation>
    </message>
    <message>
        <source>Use this prompt id instead of a new UUID.</source>
        <translation>使用此任务 ID 而不是新的 UUID。</translation>
    </message>
    <message>
        <source>With --wait: give up (exit 3) without a connection after S seconds.</source>
        <translation>使用 --wait 时：S 秒后仍无连接则放弃（退出状态 3）。</translation>
    </message>
    <message>
        <source>error: give exactly one workflow file</source>
        <translation>错误：请只指定一个工作流文件</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>错误：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>error: %1 is not a JSON object: %2</source>
        <translation>错误：%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>error: %1 is a UI workflow; export it in API format (Workflow → Export (API)) and try again</source>
        <translation>错误：%1 是 UI 工作流；请以 API 格式导出（Workflow → Export (API)）后重试</translation>
    </message>
    <message>
        <source>error: the server refused the workflow: %1</source>
        <translation>错误：服务器拒绝了工作流：%1</translation>
    </message>
    <message>
        <source>error: node %1 (%2) failed: %3</source>
        <translation>错误：节点 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation>错误：无法访问 %1：%2</translation>
    </message>
    <message>
        <source>Show the server&apos;s queue (running and pending prompts, in execution order), or change it.</source>
        <translation>显示服务器的队列（按执行顺序列出运行中和等待中的任务），或修改它。</translation>
    </message>
    <message>
        <source>Delete every pending prompt (the running one goes on).</source>
        <translation>删除所有等待中的任务（正在运行的继续）。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>pending queue cleared</source>
        <translation>已清除等待队列</translation>
    </message>
    <message>
        <source>error: %1 is neither running nor pending</source>
        <translation>错误：%1 既不在运行也不在等待</translation>
    </message>
    <message>
        <source>interrupted %1</source>
        <translation>已中断 %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>%1 running, %2 pending</source>
        <translation>%1 个运行中，%2 个等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>List finished prompts, newest last, with outcome, duration and outputs.</source>
        <translation>列出已完成的任务（最新的在最后），包括结果、耗时和输出。</translation>
    </message>
    <message>
        <source>At most N entries (default 20).</source>
        <translation>最多 N 条（默认 20）。</translation>
    </message>
    <message>
        <source>Start at entry K from the oldest (v0.3.60+).</source>
        <translation>从最旧的第 K 条开始（v0.3.60+）。</translation>
    </message>
    <message>
        <source>Show one prompt.</source>
        <translation>显示一个任务。</translation>
    </message>
    <message>
        <source>Print JSON lines instead of a table.</source>
        <translation>输出 JSON 行而不是表格。</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>无历史记录</translation>
    </message>
    <message>
        <source>Show server version, devices and memory (/system_stats) and its feature flags (/features).</source>
        <translation>显示服务器版本、设备和内存（/system_stats）及其功能标志（/features）。</translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation>输出原始 JSON。</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>(version not reported: before v0.2.0)</source>
        <translation>（未报告版本：v0.2.0 之前）</translation>
    </message>
    <message>
        <source>OS %1, Python %2, PyTorch %3</source>
        <translation>操作系统 %1，Python %2，PyTorch %3</translation>
    </message>
    <message>
        <source>RAM %1 free of %2</source>
        <translation>RAM 可用 %1 / %2</translation>
    </message>
    <message>
        <source>device %1 (%2): VRAM %3 free of %4</source>
        <translation>设备 %1（%2）：VRAM 可用 %3 / %4</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>功能：%1</translation>
    </message>
    <message>
        <source>features: none (/features answered HTTP %1: server before v0.3.45)</source>
        <translation>功能：无（/features 返回 HTTP %1：v0.3.45 之前的服务器）</translation>
    </message>
    <message>
        <source>Interrupt the running prompt. With --prompt-id only that prompt is stopped (servers v0.3.57+; older ones stop whatever runs).</source>
        <translation>中断正在运行的任务。使用 --prompt-id 时只停止该任务（v0.3.57+ 服务器；旧服务器会停止正在运行的任何任务）。</translation>
    </message>
    <message>
        <source>Only interrupt this prompt.</source>
        <translation>只中断此任务。</translation>
    </message>
    <message>
        <source>interrupt sent</source>
        <translation>已发送中断</translation>
    </message>
    <message>
        <source>error: --prompt-id must be a lowercase UUID such as %1 (got &quot;%2&quot;)</source>
        <translation>错误：--prompt-id 必须是形如 %1 的小写 UUID（收到“%2”）</translation>
    </message>
    <message>
        <source>deployment: %1</source>
        <translation>部署环境：%1</translation>
    </message>
    <message>
        <source>frontend required %1</source>
        <translation>所需前端 %1</translation>
    </message>
    <message>
        <source>package %1: installed %2, required %3</source>
        <translation>软件包 %1：已安装 %2，需要 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Queue an API-format workflow (Workflow → Export (API) in the web UI) and print its prompt id. With --wait, follow it to the end: a progress line on a terminal, one JSON line per change when piped or with --json.

Exit status: 0 success, 1 execution error or interrupt, 2 validation error (node errors are printed), 3 connection failure.</source>
        <translation>将 API 格式的工作流（Web 界面中 Workflow → Export (API)）加入队列并打印其提示 ID。使用 --wait 时跟踪到结束：在终端显示一行进度，在管道输出或使用 --json 时每次变化输出一行 JSON。

退出状态：0 成功，1 执行错误或中断，2 验证错误（打印节点错误），3 连接失败。</translation>
    </message>
    <message>
        <source>Queue with this client id (e.g. the web UI&apos;s, so its tab shows the progress).</source>
        <translation>使用此客户端 ID 排队（例如 Web 界面的 ID，使其标签页显示进度）。</translation>
    </message>
    <message>
        <source>Print JSON lines also on a terminal (the default when the output is piped).</source>
        <translation>在终端中也输出 JSON 行（管道输出时的默认行为）。</translation>
    </message>
    <message>
        <source>error: --client-id needs an id</source>
        <translation>错误：--client-id 需要一个 ID</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>已排队 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 after %3, %n output(s)</source>
        <translation>
            <numerusform>%1 %2（用时 %3），%n 个输出</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel a prompt: delete it if pending, interrupt it if running. A unique prefix of its id is enough (e.g. ba82).</source>
        <translation>取消一个提示：等待中则删除，运行中则中断。其 ID 的唯一前缀即可（例如 ba82）。</translation>
    </message>
    <message>
        <source>error: %1 is ambiguous: it starts %2</source>
        <translation>错误：%1 不唯一：以它开头的有 %2</translation>
    </message>
</context>
<context>
    <name>ComfyScope::FleetFile</name>
    <message>
        <source>server &quot;%1&quot; has no address</source>
        <translation>服务器“%1”没有地址</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: header must be &quot;Name: value&quot;</source>
        <translation>服务器“%1”：请求头必须为“名称: 值”</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: %2</source>
        <translation>服务器“%1”：%2</translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; is not system, none, http://host:port or socks5://host:port</source>
        <translation>代理“%1”不是 system、none、http://host:port 或 socks5://host:port</translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; needs a host and a port</source>
        <translation>代理“%1”需要主机和端口</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation>%1：不是有效的 INI 文件</translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation>%1：文件太大</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1：偏移 %2 处的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>%1: no &quot;servers&quot; list</source>
        <translation>%1：没有“servers”列表</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1：没有服务器</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: relay must be true or false</source>
        <translation>服务器“%1”：relay 必须为 true 或 false</translation>
    </message>
    <message>
        <source>rule %1: &quot;%2&quot; is not %3</source>
        <translation>规则 %1：“%2”不是 %3</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (known: %2)</source>
        <translation>未知规则“%1”（已知：%2）</translation>
    </message>
</context>
<context>
    <name>ComfyScope::ServerProfile</name>
    <message>
        <source>Not a server address.</source>
        <translation>不是服务器地址。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>turned off by COMFYSCOPE_NO_KEYCHAIN</source>
        <translation>已由 COMFYSCOPE_NO_KEYCHAIN 关闭</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>没有密钥链服务</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>此版本不支持密钥链</translation>
    </message>
    <message>
        <source>Remembered passwords and tokens are stored in the system keychain.</source>
        <translation>记住的密码和令牌保存在系统密钥链中。</translation>
    </message>
    <message>
        <source>Remembered passwords and tokens are stored in plain text in the settings file %1 (no keychain: %2).</source>
        <translation>记住的密码和令牌以明文保存在设置文件 %1 中（无密钥链：%2）。</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>保存在系统密钥链中。</translation>
    </message>
    <message>
        <source>No keychain: stored in plain text in %1</source>
        <translation>无密钥链：以明文保存在 %1 中</translation>
    </message>
</context>
<context>
    <name>StatusPublisher</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>无法在 127.0.0.1:%1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Server address: host[:port], http(s):// or ws(s):// URL, with a path prefix for reverse proxies. Default: $COMFYSCOPE_SERVER or 127.0.0.1:8188.</source>
        <translation>服务器地址：host[:port]、http(s):// 或 ws(s):// URL，可带反向代理的路径前缀。默认：$COMFYSCOPE_SERVER 或 127.0.0.1:8188。</translation>
    </message>
    <message>
        <source>Comfy-User header (a user id, --multi-user servers).</source>
        <translation>Comfy-User 请求头（用户 ID，--multi-user 服务器）。</translation>
    </message>
    <message>
        <source>Send &apos;Authorization: Bearer&apos; with the token read from this environment variable.</source>
        <translation>使用从此环境变量读取的令牌发送 &apos;Authorization: Bearer&apos;。</translation>
    </message>
    <message>
        <source>HTTP Basic user; the password is read from $COMFYSCOPE_PASSWORD.</source>
        <translation>HTTP Basic 用户；密码从 $COMFYSCOPE_PASSWORD 读取。</translation>
    </message>
    <message>
        <source>Add ?token= (ComfyUI-Login) read from this environment variable to every request.</source>
        <translation>在每个请求中添加从此环境变量读取的 ?token=（ComfyUI-Login）。</translation>
    </message>
    <message>
        <source>Extra header &apos;Name: value&apos; for every request (repeatable).</source>
        <translation>每个请求的额外请求头 &apos;Name: value&apos;（可重复）。</translation>
    </message>
    <message>
        <source>REST request timeout in milliseconds (default 30000).</source>
        <translation>REST 请求超时（毫秒，默认 30000）。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: bad --header &apos;%1&apos; (want &apos;Name: value&apos;)</source>
        <translation>错误：--header &apos;%1&apos; 无效（应为 &apos;Name: value&apos;）</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>错误：未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Listen as this client id: prompts queued by another tool with this client_id are seen in full. Default: a new UUID.</source>
        <translation>以此客户端 ID 监听：其他工具以此 client_id 加入队列的任务可完整看到。默认：新的 UUID。</translation>
    </message>
    <message>
        <source>Stop after N server events.</source>
        <translation>收到 N 个服务器事件后停止。</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>S 秒后停止。</translation>
    </message>
    <message>
        <source>Save every received image into DIR and print the file name.</source>
        <translation>将收到的每个图像保存到 DIR 并输出文件名。</translation>
    </message>
    <message>
        <source>Do not send feature_flags: previews come as anonymous type 1 frames.</source>
        <translation>不发送 feature_flags：预览以匿名的类型 1 帧到达。</translation>
    </message>
    <message>
        <source>ComfyDeploy socket: auto (default), on or off.</source>
        <translation>ComfyDeploy 套接字：auto（默认）、on 或 off。</translation>
    </message>
    <message>
        <source>Give up with exit status 3 if no connection is made within S seconds (default 10).</source>
        <translation>S 秒内未建立连接则以退出状态 3 放弃（默认 10）。</translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation>错误：无法访问 %1：%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>使用 --help 运行以查看选项。</translation>
    </message>
    <message>
        <source>error: --%1 needs a number, not &apos;%2&apos;</source>
        <translation>错误：--%1 需要数字，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Trust the server&apos;s TLS certificate only if its SHA-256 fingerprint is this (hex).</source>
        <translation>仅当服务器 TLS 证书的 SHA-256 指纹为此值（十六进制）时才信任它。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private CA).</source>
        <translation>同时信任此 PEM 文件中的 CA 证书（私有 CA）。</translation>
    </message>
    <message>
        <source>error: no PEM certificate in %1</source>
        <translation>错误：%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>waiting in the queue</source>
        <translation>在队列中等待</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>剩余时间未知</translation>
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
  monitor     watch a fleet headless: alerts, log lines, Prometheus metrics, webhooks

Run &apos;comfyscope-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 execution error, 2 validation error, 3 connection failure, 64 usage error.
</source>
        <translation>用法：comfyscope-cli 命令 [选项]

命令：
  watch       以 JSON 行输出服务器的每个事件
  submit      将 API 格式的工作流（JSON 文件）加入队列；--wait 跟踪到结束
  queue       列出队列；--cancel ID，--clear
  history     列出已完成的任务；--max N
  stats       服务器版本、设备和内存（/system_stats）
  interrupt   停止正在运行的任务（或仅 --prompt-id ID）
  simulate    运行内置的模拟 ComfyUI 服务器
  monitor     无窗口监视舰队：告警、日志行、Prometheus 指标、Webhook

运行 &apos;comfyscope-cli 命令 --help&apos; 查看命令的选项。
退出状态：0 成功，1 执行错误，2 验证错误，3 连接失败，64 用法错误。
</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1：没有服务器</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice</source>
        <translation>%1：名称“%2”被使用了两次</translation>
    </message>
    <message>
        <source>The fleet file (JSON or INI) with the servers to watch.</source>
        <translation>包含要监视的服务器的舰队文件（JSON 或 INI）。</translation>
    </message>
    <message>
        <source>Override one alert rule: KEY=VALUE with KEY server_down, stall, execution_error, queue_depth, vram_high or restarted and VALUE a threshold (seconds, jobs, percent), on or off. Repeatable.</source>
        <translation>覆盖一条告警规则：KEY=VALUE，KEY 为 server_down、stall、execution_error、queue_depth、vram_high 或 restarted，VALUE 为阈值（秒、作业数、百分比）、on 或 off。可重复。</translation>
    </message>
    <message>
        <source>Start from the alert rules saved by the monitoring station (Station Settings) of this user.</source>
        <translation>以该用户的监控站（监控站设置）所保存的告警规则为起点。</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on http://ADDR/metrics (e.g. 127.0.0.1:9464; a bare port binds 127.0.0.1).</source>
        <translation>在 http://ADDR/metrics 提供 Prometheus 指标（例如 127.0.0.1:9464；仅给端口时绑定 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Require &apos;Authorization: Bearer TOKEN&apos; on /metrics (visible in the process list: prefer --metrics-token-env).</source>
        <translation>访问 /metrics 时要求 &apos;Authorization: Bearer TOKEN&apos;（在进程列表中可见：建议使用 --metrics-token-env）。</translation>
    </message>
    <message>
        <source>Read the /metrics bearer token from this environment variable.</source>
        <translation>从此环境变量读取 /metrics 的 Bearer 令牌。</translation>
    </message>
    <message>
        <source>POST alerts (and with --notify-jobs job completions) as JSON to URL. Repeatable; FORMAT+URL (e.g. slack+https://…) picks the format of one URL.</source>
        <translation>将告警（使用 --notify-jobs 时还有作业完成）以 JSON 形式 POST 到 URL。可重复；FORMAT+URL（例如 slack+https://…）为单个 URL 指定格式。</translation>
    </message>
    <message>
        <source>A webhook URL read from this environment variable (for URLs with tokens). Repeatable.</source>
        <translation>从此环境变量读取的 Webhook URL（用于包含令牌的 URL）。可重复。</translation>
    </message>
    <message>
        <source>A webhook URL read from the system keychain entry KEY. Repeatable.</source>
        <translation>从系统钥匙串条目 KEY 读取的 Webhook URL。可重复。</translation>
    </message>
    <message>
        <source>Body format of the webhooks: generic (default), slack, discord or ntfy.</source>
        <translation>Webhook 的正文格式：generic（默认）、slack、discord 或 ntfy。</translation>
    </message>
    <message>
        <source>Also send every job completion to the webhooks.</source>
        <translation>同时将每个作业完成发送到 Webhook。</translation>
    </message>
    <message>
        <source>Poll /system_stats every S seconds (default 10; 0 only on connect).</source>
        <translation>每 S 秒轮询一次 /system_stats（默认 10；0 表示仅在连接时）。</translation>
    </message>
    <message>
        <source>error: --fleet FILE is required</source>
        <translation>错误：必须指定 --fleet FILE</translation>
    </message>
    <message>
        <source>error: --webhook-format must be generic, slack, discord or ntfy, not &quot;%1&quot;</source>
        <translation>错误：--webhook-format 必须是 generic、slack、discord 或 ntfy，而不是“%1”</translation>
    </message>
    <message>
        <source>error: --stats-interval: not a number of seconds: %1</source>
        <translation>错误：--stats-interval：不是秒数：%1</translation>
    </message>
    <message>
        <source>error: --webhook-env: the environment variable %1 is not set</source>
        <translation>错误：--webhook-env：环境变量 %1 未设置</translation>
    </message>
    <message>
        <source>error: --webhook-keychain: no keychain entry &quot;%1&quot; (%2)</source>
        <translation>错误：--webhook-keychain：没有钥匙串条目“%1”（%2）</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>error: --metrics-token-env: the environment variable %1 is not set</source>
        <translation>错误：--metrics-token-env：环境变量 %1 未设置</translation>
    </message>
    <message>
        <source>error: a metrics token needs --metrics ADDR</source>
        <translation>错误：指标令牌需要 --metrics ADDR</translation>
    </message>
    <message>
        <source>error: %1: unknown webhook format &quot;%2&quot;</source>
        <translation>错误：%1：未知的 Webhook 格式“%2”</translation>
    </message>
    <message>
        <source>Follow every client&apos;s prompts through the ComfyScope relay when the server has it (installer/comfyui-relay); the token is read from $COMFYSCOPE_RELAY_TOKEN. Relayed events carry &quot;relayed&quot;: true and the submitting &quot;client&quot;.</source>
        <translation>如果服务器装有 ComfyScope 中继（installer/comfyui-relay），则跟踪所有客户端的提示；令牌读取自 $COMFYSCOPE_RELAY_TOKEN。转发的事件带有 &quot;relayed&quot;: true 和提交者 &quot;client&quot;。</translation>
    </message>
    <message>
        <source>relay: %1</source>
        <translation>中继：%1</translation>
    </message>
    <message>
        <source>Watch every server of a fleet file with the monitoring station&apos;s alert rules, without a window: one log line per event (connections, alerts raised and resolved, jobs), Prometheus metrics on /metrics, alerts and job completions as webhooks.

Alert thresholds: the built-in defaults (server_down=30 stall=120 execution_error=on queue_depth=off vram_high=off restarted=on), then the station&apos;s saved settings with --station-settings, then the fleet file&apos;s &quot;rules&quot; object (JSON) or [rules] group (INI), then each --rule.
Signals: SIGHUP reloads the fleet file (unchanged servers keep their state); SIGTERM and SIGINT stop cleanly with exit status 0.
--db FILE keeps every finished job, a health sample per server every 10 s and the alerts in the station&apos;s SQLite job database (one writer at a time).

Exit status: 0 after SIGTERM/SIGINT or --duration, 64 usage error, 66 the fleet file cannot be read, 3 the metrics address cannot be listened on.</source>
        <translation>使用监控站的告警规则监视舰队文件中的每台服务器，无需窗口：每个事件一行日志（连接、告警触发与解除、作业），在 /metrics 提供 Prometheus 指标，并以 Webhook 发送告警和作业完成通知。

告警阈值：先是内置默认值（server_down=30 stall=120 execution_error=on queue_depth=off vram_high=off restarted=on），然后在指定 --station-settings 时使用监控站保存的设置，然后是舰队文件的 &quot;rules&quot; 对象（JSON）或 [rules] 组（INI），最后是每个 --rule。
信号：SIGHUP 重新加载舰队文件（未更改的服务器保留其状态）；SIGTERM 和 SIGINT 以退出状态 0 干净地停止。
--db FILE 将每个已完成的作业、每台服务器每 10 秒一次的状态采样以及警报记录到监控站的 SQLite 作业数据库中（同一时间只允许一个写入者）。

退出状态：SIGTERM/SIGINT 或 --duration 之后为 0，用法错误为 64，无法读取舰队文件为 66，无法在指标地址上监听为 3。</translation>
    </message>
    <message>
        <source>Record jobs, server samples and alerts in this SQLite job database (the station&apos;s format).</source>
        <translation>将作业、服务器采样和警报记录到此 SQLite 作业数据库中（与监控站相同的格式）。</translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server on 127.0.0.1 (HTTP and WebSocket on one port). It speaks the real protocol (v0.8.0 or v0.3.18), runs weight-free workflows with real images, and can generate a steady demo workload.</source>
        <translation>在 127.0.0.1 上运行内置的模拟 ComfyUI 服务器（HTTP 和 WebSocket 共用一个端口）。它使用真实协议（v0.8.0 或 v0.3.18），用真实图像运行无需模型权重的工作流，并可生成稳定的演示负载。</translation>
    </message>
    <message>
        <source>Port (default 8188; 0 picks a free one).</source>
        <translation>端口（默认 8188；0 表示选择空闲端口）。</translation>
    </message>
    <message>
        <source>Protocol version: 0.8.0 (default) or 0.3.18.</source>
        <translation>协议版本：0.8.0（默认）或 0.3.18。</translation>
    </message>
    <message>
        <source>Serve every route under this path prefix.</source>
        <translation>在此路径前缀下提供所有路由。</translation>
    </message>
    <message>
        <source>Also serve ComfyDeploy&apos;s /comfyui-deploy/ws.</source>
        <translation>同时提供 ComfyDeploy 的 /comfyui-deploy/ws。</translation>
    </message>
    <message>
        <source>Also serve the ComfyScope relay (/comfyscope/relay), with $COMFYSCOPE_RELAY_TOKEN as its token when set.</source>
        <translation>同时提供 ComfyScope 中继（/comfyscope/relay），若设置了 $COMFYSCOPE_RELAY_TOKEN 则以其为令牌。</translation>
    </message>
    <message>
        <source>Server preview method (default auto).</source>
        <translation>服务器预览方式（默认 auto）。</translation>
    </message>
    <message>
        <source>Milliseconds per sampler step (default 60).</source>
        <translation>每个采样器步骤的毫秒数（默认 60）。</translation>
    </message>
    <message>
        <source>Queue a demo workflow for the newest client every MS milliseconds.</source>
        <translation>每 MS 毫秒为最新的客户端将一个演示工作流加入队列。</translation>
    </message>
    <message>
        <source>Load mode: stream N previews per second (512x512 JPEG with progress and progress_state) to every connected client; each preview&apos;s metadata carries sent_ns for latency measurements (see &apos;watch&apos;).</source>
        <translation>负载模式：每秒向每个已连接的客户端发送 N 个预览（512x512 JPEG，附带 progress 和 progress_state）；每个预览的元数据带有用于测量延迟的 sent_ns（参见 &apos;watch&apos;）。</translation>
    </message>
    <message>
        <source>Run N simulated servers in this process, on N ports (with --port P &gt; 0: P, P+1, …), one &apos;listening on&apos; line each (default 1).</source>
        <translation>在此进程中运行 N 个模拟服务器，使用 N 个端口（--port P &gt; 0 时为 P、P+1、…），每个输出一行 &apos;listening on&apos;（默认 1）。</translation>
    </message>
    <message>
        <source>error: --servers must be between 1 and 1000</source>
        <translation>错误：--servers 必须介于 1 和 1000 之间</translation>
    </message>
    <message>
        <source>error: cannot listen on port %1</source>
        <translation>错误：无法在端口 %1 上监听</translation>
    </message>
    <message>
        <source>simulated ComfyUI listening on %1</source>
        <translation>模拟 ComfyUI 正在 %1 上监听</translation>
    </message>
    <message>
        <source>error: this build has no simulator</source>
        <translation>错误：此版本没有模拟器</translation>
    </message>
    <message>
        <source>Watch a ComfyUI server. On a terminal: a progress line for the running job (bar, job, node, step, ETA), a line per finished job and connection change. Piped or with --json: one JSON object per line for every event: server messages, binary frames (kind, format, size, prompt and node), connection changes and protocol errors.

Exit status: 0 at the normal end (--count or --timeout reached, or SIGINT), 3 when the server cannot be reached at start.</source>
        <translation>监视 ComfyUI 服务器。在终端中：为正在运行的任务显示一行进度（进度条、任务、节点、步数、剩余时间），每个结束的任务和每次连接变化各显示一行。通过管道输出或使用 --json 时：每个事件输出一行 JSON 对象：服务器消息、二进制帧（类型、格式、大小、提示和节点）、连接变化和协议错误。

退出状态：正常结束（达到 --count 或 --timeout，或收到 SIGINT）时为 0，启动时无法连接服务器时为 3。</translation>
    </message>
    <message>
        <source>Print JSON lines also on a terminal (the default when the output is piped).</source>
        <translation>在终端中也输出 JSON 行（管道输出时的默认行为）。</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>connected to %1 without WebSocket: polling</source>
        <translation>已连接到 %1，无 WebSocket：轮询中</translation>
    </message>
    <message>
        <source>lost %1 (%2), reconnecting</source>
        <translation>与 %1 的连接已断开（%2），正在重新连接</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>With --workload: skip a turn while N prompts are already waiting (default 0: no limit).</source>
        <translation>与 --workload 一起使用：已有 N 个提示词在等待时跳过本轮（默认 0：不限制）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch a ComfyUI server: queue, progress, live previews and outputs.</source>
        <translation>监视 ComfyUI 服务器：队列、进度、实时预览和输出。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run the built-in demo server and watch it.</source>
        <translation>运行内置的演示服务器并监视它。</translation>
    </message>
    <message>
        <source>Start in full screen.</source>
        <translation>以全屏启动。</translation>
    </message>
    <message>
        <source>Auto-save outputs to this folder for this session.</source>
        <translation>本次会话将输出自动保存到此文件夹。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>This build has no demo server.
</source>
        <translation>此版本没有演示服务器。
</translation>
    </message>
    <message>
        <source>Once connected, queue this API-format workflow (JSON) and follow it. May be given more than once.</source>
        <translation>连接后将此 API 格式的工作流（JSON）加入队列并跟踪。可多次指定。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Connect to this server (host:port or URL). Given more than once, the monitoring station watches them all.</source>
        <translation>连接到此服务器（host:port 或 URL）。多次指定时，由监控站监视所有服务器。</translation>
    </message>
    <message>
        <source>Open the monitoring station (many servers, alerts, wall mode). With --demo: watch simulated servers.</source>
        <translation>打开监控站（多台服务器、警报、墙面模式）。配合 --demo：监视模拟服务器。</translation>
    </message>
    <message>
        <source>Watch the servers of this fleet file (JSON or INI) in the monitoring station.</source>
        <translation>在监控站中监视此机群文件（JSON 或 INI）中的服务器。</translation>
    </message>
    <message>
        <source>Start the monitoring station in wall mode.</source>
        <translation>以墙面模式启动监控站。</translation>
    </message>
    <message>
        <source>Start the monitoring station locked (read-only: no interrupt, cancel or clear).</source>
        <translation>以锁定状态启动监控站（只读：不能中断、取消或清除）。</translation>
    </message>
    <message>
        <source>Number of simulated servers for --station --demo (default 8).</source>
        <translation>--station --demo 的模拟服务器数量（默认 8）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Write the fleet&apos;s state as JSON to this file every few seconds (monitoring station).</source>
        <translation>每隔几秒将机群状态以 JSON 写入此文件（监控站）。</translation>
    </message>
    <message>
        <source>Serve the fleet&apos;s state as JSON on http://127.0.0.1:PORT/status.json (monitoring station).</source>
        <translation>在 http://127.0.0.1:PORT/status.json 上以 JSON 提供机群状态（监控站）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>--status-port: not a port number: %1
</source>
        <translation>--status-port：不是端口号：%1
</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics of the fleet on http://ADDR/metrics, e.g. 127.0.0.1:9464 (monitoring station; a bearer token from $COMFYSCOPE_METRICS_TOKEN when set).</source>
        <translation>在 http://ADDR/metrics 提供舰队的 Prometheus 指标，例如 127.0.0.1:9464（监控站；若设置了 $COMFYSCOPE_METRICS_TOKEN 则作为 Bearer 令牌）。</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Follow every client&apos;s jobs live through the ComfyScope relay on the --server servers when they have it (token from $COMFYSCOPE_RELAY_TOKEN).</source>
        <translation>如果 --server 指定的服务器装有 ComfyScope 中继，则通过它实时跟踪所有客户端的任务（令牌取自 $COMFYSCOPE_RELAY_TOKEN）。</translation>
    </message>
    <message>
        <source>With --station --demo: fill the job history with this many days of simulated jobs and samples.</source>
        <translation>与 --station --demo 一起使用：用这么多天的模拟任务和采样填充任务历史。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Open the Trends window of this server (&quot;fleet&quot; for the whole fleet) at start (monitoring station).</source>
        <translation>启动时打开此服务器的趋势窗口（整个集群用 &quot;fleet&quot;）（监控站）。</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Keep the job history (trends, History) in this SQLite file instead of the default one (viewer and monitoring station).</source>
        <translation>将任务历史（趋势、历史）保存在此 SQLite 文件中，而不是默认文件（查看器和监控站）。</translation>
    </message>
    <message>
        <source>Open the History browser (every stored job of the fleet) at start (monitoring station).</source>
        <translation>启动时打开历史浏览器（服务器群中所有已保存的任务）（监控站）。</translation>
    </message>
</context>
</TS>

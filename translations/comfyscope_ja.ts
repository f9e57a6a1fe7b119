<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertEngine</name>
    <message>
        <source>The server restarted: %1</source>
        <translation>サーバーが再起動しました: %1</translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s</source>
        <translation>%1 秒以上到達できません</translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s: %2</source>
        <translation>%1 秒以上到達できません: %2</translation>
    </message>
    <message>
        <source>Job %1 shows no progress for more than %2 s (node %3)</source>
        <translation>ジョブ %1 が %2 秒以上進んでいません (ノード %3)</translation>
    </message>
    <message>
        <source>%1 jobs in the queue (limit %2)</source>
        <translation>キューに %1 件のジョブ (上限 %2)</translation>
    </message>
    <message>
        <source>VRAM %1 % used (limit %2 %)</source>
        <translation>VRAM 使用率 %1 % (上限 %2 %)</translation>
    </message>
    <message>
        <source>Acknowledged, still active</source>
        <translation>確認済み、まだ有効</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>ComfyScope</name>
    <message>
        <source>no valid server address</source>
        <translation>有効なサーバーアドレスがありません</translation>
    </message>
    <message>
        <source>the server sent a message larger than the %1 byte cap; reconnecting</source>
        <translation>サーバーが上限 %1 バイトを超えるメッセージを送信しました。再接続します</translation>
    </message>
    <message>
        <source>connection closed by the server (code %1)%2</source>
        <translation>サーバーが接続を閉じました (コード %1)%2</translation>
    </message>
    <message>
        <source>polling failed</source>
        <translation>ポーリングに失敗しました</translation>
    </message>
    <message>
        <source>text message of %1 bytes exceeds the cap</source>
        <translation>%1 バイトのテキストメッセージが上限を超えています</translation>
    </message>
    <message>
        <source>no WebSocket handshake within %1 s</source>
        <translation>%1 秒以内に WebSocket ハンドシェイクがありません</translation>
    </message>
    <message>
        <source>no answer to WebSocket ping within %1 s; reconnecting</source>
        <translation>%1 秒以内に WebSocket ping への応答がありません。再接続します</translation>
    </message>
    <message>
        <source>reconnect requested</source>
        <translation>再接続が要求されました</translation>
    </message>
    <message>
        <source>status.exec_info.queue_remaining is missing or not a number</source>
        <translation>status.exec_info.queue_remaining がないか数値ではありません</translation>
    </message>
    <message>
        <source>negative queue_remaining</source>
        <translation>queue_remaining が負の値です</translation>
    </message>
    <message>
        <source>field &apos;status&apos; is not an object</source>
        <translation>フィールド &apos;status&apos; はオブジェクトではありません</translation>
    </message>
    <message>
        <source>missing field &apos;status&apos;</source>
        <translation>フィールド &apos;status&apos; がありません</translation>
    </message>
    <message>
        <source>missing field &apos;node&apos;</source>
        <translation>フィールド &apos;node&apos; がありません</translation>
    </message>
    <message>
        <source>field &apos;nodes&apos; is missing or not an object</source>
        <translation>フィールド &apos;nodes&apos; がないかオブジェクトではありません</translation>
    </message>
    <message>
        <source>node entry &apos;%1&apos; is not an object</source>
        <translation>ノード項目 &apos;%1&apos; はオブジェクトではありません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2</source>
        <translation>ノード &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>field &apos;output&apos; is not an object</source>
        <translation>フィールド &apos;output&apos; はオブジェクトではありません</translation>
    </message>
    <message>
        <source>field &apos;max_upload_size&apos; is not a number</source>
        <translation>フィールド &apos;max_upload_size&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>field &apos;entries&apos; is missing or not a list</source>
        <translation>フィールド &apos;entries&apos; がないかリストではありません</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at offset %2</source>
        <translation>不正な JSON: %1 (オフセット %2)</translation>
    </message>
    <message>
        <source>message is not a JSON object</source>
        <translation>メッセージが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>message has no string &apos;%1&apos;</source>
        <translation>メッセージに文字列 &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>%1: &apos;data&apos; is missing or not an object</source>
        <translation>%1: &apos;data&apos; がないかオブジェクトではありません</translation>
    </message>
    <message>
        <source>binary frame of %1 bytes exceeds the %2 byte cap</source>
        <translation>%1 バイトのバイナリフレームが上限 %2 バイトを超えています</translation>
    </message>
    <message>
        <source>binary frame of %1 bytes is shorter than its %2 byte header</source>
        <translation>%1 バイトのバイナリフレームが %2 バイトのヘッダーより短いです</translation>
    </message>
    <message>
        <source>preview frame without image</source>
        <translation>画像のないプレビューフレーム</translation>
    </message>
    <message>
        <source>type 4 metadata length %1 runs past the frame end (%2 bytes)</source>
        <translation>タイプ 4 メタデータ長 %1 がフレーム終端を超えています (%2 バイト)</translation>
    </message>
    <message>
        <source>type 4 metadata is not a JSON object</source>
        <translation>タイプ 4 メタデータが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>type 4 metadata: %1</source>
        <translation>タイプ 4 メタデータ: %1</translation>
    </message>
    <message>
        <source>type 4 frame without image</source>
        <translation>画像のないタイプ 4 フレーム</translation>
    </message>
    <message>
        <source>TEXT frame prompt id length runs past the frame end</source>
        <translation>TEXT フレームのプロンプト ID 長がフレーム終端を超えています</translation>
    </message>
    <message>
        <source>TEXT frame ends before its node id length</source>
        <translation>TEXT フレームがノード ID 長の前で終わっています</translation>
    </message>
    <message>
        <source>TEXT frame node id length %1 runs past the frame end (%2 bytes)</source>
        <translation>TEXT フレームのノード ID 長 %1 がフレーム終端を超えています (%2 バイト)</translation>
    </message>
    <message>
        <source>unknown binary event type %1</source>
        <translation>不明なバイナリイベントタイプ %1</translation>
    </message>
    <message>
        <source>unknown ComfyDeploy binary event %1</source>
        <translation>不明な ComfyDeploy バイナリイベント %1</translation>
    </message>
    <message>
        <source>ComfyDeploy frame of %1 bytes ends inside its 24-byte output_id</source>
        <translation>%1 バイトの ComfyDeploy フレームが 24 バイトの output_id の途中で終わっています</translation>
    </message>
    <message>
        <source>ComfyDeploy frame without image</source>
        <translation>画像のない ComfyDeploy フレーム</translation>
    </message>
    <message>
        <source>%1: no answer from the server in time</source>
        <translation>%1: サーバーから時間内に応答がありません</translation>
    </message>
    <message>
        <source>%1: aborted</source>
        <translation>%1: 中止されました</translation>
    </message>
    <message>
        <source>%1: unexpected response body</source>
        <translation>%1: 予期しない応答内容</translation>
    </message>
    <message>
        <source>%1: response is not JSON</source>
        <translation>%1: 応答が JSON ではありません</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>ノード %1: %2</translation>
    </message>
    <message>
        <source>node %1 (%2): %3</source>
        <translation>ノード %1 (%2): %3</translation>
    </message>
    <message>
        <source>POST /prompt: the answer has no prompt_id</source>
        <translation>POST /prompt: 応答に prompt_id がありません</translation>
    </message>
    <message>
        <source>GET /queue: no queue_running/queue_pending lists</source>
        <translation>GET /queue: queue_running/queue_pending リストがありません</translation>
    </message>
    <message>
        <source>GET /history: the answer is not a JSON object</source>
        <translation>GET /history: 応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>GET /api/jobs: no jobs list</source>
        <translation>GET /api/jobs: ジョブリストがありません</translation>
    </message>
    <message>
        <source>upload: the answer has no name</source>
        <translation>アップロード: 応答に名前がありません</translation>
    </message>
    <message>
        <source>empty server address</source>
        <translation>サーバーアドレスが空です</translation>
    </message>
    <message>
        <source>not a valid server address: %1</source>
        <translation>有効なサーバーアドレスではありません: %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (use http, https, ws or wss)</source>
        <translation>サポートされていないスキーム &apos;%1&apos; (http、https、ws、wss を使用してください)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>「%1」に接続できません: %2</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>no application object</source>
        <translation>アプリケーションオブジェクトがありません</translation>
    </message>
    <message>
        <source>no D-Bus session bus for a secret service</source>
        <translation>シークレットサービス用の D-Bus セッションバスがありません</translation>
    </message>
    <message>
        <source>the keychain returned another value</source>
        <translation>キーチェーンが別の値を返しました</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>ノード %1 (%2): %3</translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation>ノード %1 (%2) で中断されました</translation>
    </message>
    <message>
        <source>The job left the queue without a history entry (server restarted?).</source>
        <translation>ジョブが履歴に残らずキューから消えました (サーバーが再起動した?)。</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ジョブ %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>接続が切れました: %1</translation>
    </message>
    <message>
        <source>Reachable (polling REST)</source>
        <translation>到達可能 (REST ポーリング)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finished in %1; outputs: %2</source>
        <translation>%1 で完了。出力: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>ジョブ %1 が失敗しました</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断されました</translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation>キューから削除しました</translation>
    </message>
    <message>
        <source>the server reports a different version or command line</source>
        <translation>サーバーが別のバージョンまたはコマンドラインを報告しています</translation>
    </message>
    <message>
        <source>its history no longer has prompt %1</source>
        <translation>履歴にプロンプト %1 がもうありません</translation>
    </message>
    <message>
        <source>Server restarted (%1)</source>
        <translation>サーバーが再起動しました (%1)</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (SHA-256 %1): %2</source>
        <translation>TLS 証明書が信頼されていません (SHA-256 %1): %2</translation>
    </message>
    <message>
        <source>Session resumed (%1)</source>
        <translation>セッションを再開しました (%1)</translation>
    </message>
    <message>
        <source>Session started (%1)</source>
        <translation>セッションを開始しました (%1)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キューに追加済み</translation>
    </message>
    <message>
        <source>Seen in the queue (another client)</source>
        <translation>キューで確認 (他のクライアント)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>the server refused the WebSocket connection (HTTP %1)</source>
        <translation>サーバーが WebSocket 接続を拒否しました (HTTP %1)</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (%1); SHA-256 %2</source>
        <translation>TLS 証明書は信頼されていません (%1); SHA-256 %2</translation>
    </message>
    <message>
        <source>no status broadcast after queuing a prompt: the server lost this connection&apos;s registration; reconnecting</source>
        <translation>プロンプトをキューに入れた後にステータスの通知がありません: サーバーがこの接続の登録を失いました。再接続します</translation>
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
        <translation>GPU%1 %2: VRAM %3 %</translation>
    </message>
    <message>
        <source>frontend required %1</source>
        <translation>必要なフロントエンド %1</translation>
    </message>
    <message>
        <source>packages: %1</source>
        <translation>パッケージ: %1</translation>
    </message>
    <message>
        <source>prompt id &quot;%1&quot; is not a lowercase UUID such as c3df5ecf-7669-447b-a418-f9e91d115513</source>
        <translation>プロンプト ID「%1」は c3df5ecf-7669-447b-a418-f9e91d115513 のような小文字の UUID ではありません</translation>
    </message>
    <message>
        <source>the server&apos;s queue changed but no status broadcast reached this connection: the server lost its registration; reconnecting</source>
        <translation>サーバーのキューが変化しましたが、この接続にステータス通知が届きませんでした。サーバーが登録を失っています。再接続します</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 byte cap</source>
        <translation>%1: 応答が上限 %2 バイトを超えています</translation>
    </message>
    <message>
        <source>%1: the answer did not complete within %2 s</source>
        <translation>%1: 応答が %2 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <source>class %1 is not installed on the server</source>
        <translation>クラス %1 はサーバーにインストールされていません</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>アセット</translation>
    </message>
    <message>
        <source>Asset scan failed: %1</source>
        <translation>アセットのスキャンに失敗しました: %1</translation>
    </message>
    <message>
        <source>Asset scan %1 (%2 files)</source>
        <translation>アセットのスキャン %1（%2 ファイル）</translation>
    </message>
    <message>
        <source>Asset scan %1</source>
        <translation>アセットのスキャン %1</translation>
    </message>
    <message>
        <source>No job database file given.</source>
        <translation>ジョブデータベースのファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing (package libqt6sql6-sqlite); the job database is off.</source>
        <translation>Qt の SQLite ドライバーがありません（パッケージ libqt6sql6-sqlite）。ジョブデータベースは無効です。</translation>
    </message>
    <message>
        <source>The job database %1 is a folder, not a file.</source>
        <translation>ジョブデータベース %1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the job database.</source>
        <translation>ジョブデータベース用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The job database %1 is already open in this program.</source>
        <translation>ジョブデータベース %1 はこのプログラムで既に開かれています。</translation>
    </message>
    <message>
        <source>The job database %1 is in use by another ComfyScope (process %2 on %3). Only one station can write to it; use --db to choose another file.</source>
        <translation>ジョブデータベース %1 は別の ComfyScope（%3 上のプロセス %2）が使用中です。書き込めるステーションは 1 つだけです。--db で別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock beside the job database.</source>
        <translation>ジョブデータベースの横にロックファイル %1.lock を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the job database %1: %2</source>
        <translation>ジョブデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot use the job database %1: %2</source>
        <translation>ジョブデータベース %1 を使用できません: %2</translation>
    </message>
    <message>
        <source>The job database %1 is unreadable (%2) and could not be renamed aside; it was left as it is.</source>
        <translation>ジョブデータベース %1 は読み取れず（%2）、別名に変更することもできませんでした。そのまま残しています。</translation>
    </message>
    <message>
        <source>The job database %1 was unreadable (%2). It was kept as %3 and a new one was started.</source>
        <translation>ジョブデータベース %1 は読み取れませんでした（%2）。%3 として保存し、新しいデータベースを開始しました。</translation>
    </message>
    <message>
        <source>The job database %1 was written by a newer ComfyScope (schema %2, this one knows %3); it was left as it is.</source>
        <translation>ジョブデータベース %1 はより新しい ComfyScope で書かれています（スキーマ %2、このバージョンは %3 まで）。そのまま残しています。</translation>
    </message>
    <message>
        <source>Cannot update the job database %1 to schema %2: %3</source>
        <translation>ジョブデータベース %1 をスキーマ %2 に更新できません: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: use HOST:PORT, e.g. 127.0.0.1:9464</source>
        <translation>「%1」はアドレスではありません: HOST:PORT の形式で指定してください (例: 127.0.0.1:9464)</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>Webhook %1: not an http:// or https:// URL</source>
        <translation>Webhook %1: http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>解決済み: %1</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>ジョブ %1 が終了しました: %2</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): queue full (%3 messages), dropping the oldest</source>
        <translation>Webhook %1 (%2): キューが満杯です (%3 件)。最も古いメッセージを破棄します</translation>
    </message>
    <message>
        <source>Webhook %1 (%2) delivers again</source>
        <translation>Webhook %1 (%2) への配信が回復しました</translation>
    </message>
    <message>
        <source>Webhook %1 (%2) failed: %3; retrying</source>
        <translation>Webhook %1 (%2) が失敗しました: %3。再試行します</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): message dropped after %3 attempts (%4)</source>
        <translation>Webhook %1 (%2): %3 回試行した後、メッセージを破棄しました (%4)</translation>
    </message>
    <message>
        <source>relayed message without type or relay envelope</source>
        <translation>type またはリレー封筒のない中継メッセージ</translation>
    </message>
    <message>
        <source>the ComfyScope relay on this server requires a token; none is set</source>
        <translation>このサーバーの ComfyScope リレーにはトークンが必要ですが、設定されていません</translation>
    </message>
    <message>
        <source>the ComfyScope relay wants a token (HTTP 401); none was sent</source>
        <translation>ComfyScope リレーがトークンを要求しています (HTTP 401)。トークンは送信されていません</translation>
    </message>
    <message>
        <source>the ComfyScope relay refused the token (HTTP 403)</source>
        <translation>ComfyScope リレーがトークンを拒否しました (HTTP 403)</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>リレー</translation>
    </message>
    <message>
        <source>Following every client&apos;s jobs through the relay</source>
        <translation>リレー経由ですべてのクライアントのジョブを追跡しています</translation>
    </message>
    <message>
        <source>Running for client %1 (relayed)</source>
        <translation>クライアント %1 のために実行中 (リレー経由)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::AlertRules</name>
    <message>
        <source>Server down</source>
        <translation>サーバー停止</translation>
    </message>
    <message>
        <source>Job stalled</source>
        <translation>ジョブ停滞</translation>
    </message>
    <message>
        <source>Execution error</source>
        <translation>実行エラー</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>キューの長さ</translation>
    </message>
    <message>
        <source>VRAM use</source>
        <translation>VRAM 使用率</translation>
    </message>
    <message>
        <source>Server restarted</source>
        <translation>サーバー再起動</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> jobs</source>
        <translation> 件</translation>
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
        <translation>画像が空です。</translation>
    </message>
    <message>
        <source>Not an image in a format this viewer can read.</source>
        <translation>このビューアーで読める形式の画像ではありません。</translation>
    </message>
    <message>
        <source>Refused to decode a %1 × %2 image: it would need %3 of memory (the limit is %4 × %4 pixels and %5).</source>
        <translation>%1 × %2 の画像のデコードを拒否しました: %3 のメモリが必要です (上限は %4 × %4 ピクセルと %5)。</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>画像をデコードできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AlertGroupModel</name>
    <message numerus="yes">
        <source>%1
%n time(s), first %2, last %3</source>
        <translation>
            <numerusform>%1
%n 回、最初 %2、最後 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終発生</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AutoSaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Refused to save under the name &quot;%1&quot;.</source>
        <translation>名前「%1」での保存を拒否しました。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Too many files named like %1.</source>
        <translation>%1 のような名前のファイルが多すぎます。</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectDialog</name>
    <message>
        <source>Remember passwords and tokens</source>
        <translation>パスワードとトークンを記憶する</translation>
    </message>
    <message>
        <source>Connect to a ComfyUI Server</source>
        <translation>ComfyUI サーバーに接続</translation>
    </message>
    <message>
        <source>host:port, or a URL with a path prefix for a reverse proxy, e.g. https://example.org/comfy</source>
        <translation>host:port、またはリバースプロキシ用のパスプレフィックス付き URL (例: https://example.org/comfy)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer トークン</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>ユーザー名とパスワード (Basic)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>認証(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Sent as ?token=… on every request (ComfyUI-Login and similar)</source>
        <translation>すべてのリクエストに ?token=… として送信 (ComfyUI-Login など)</translation>
    </message>
    <message>
        <source>&amp;Query token:</source>
        <translation>クエリトークン(&amp;Q):</translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation>例: X-API-Key</translation>
    </message>
    <message>
        <source>Extra &amp;header:</source>
        <translation>追加ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>ヘッダー値(&amp;V):</translation>
    </message>
    <message>
        <source>Sent as the Comfy-User header (multi-user servers)</source>
        <translation>Comfy-User ヘッダーとして送信 (マルチユーザーサーバー)</translation>
    </message>
    <message>
        <source>Comfy &amp;user:</source>
        <translation>Comfy ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the address of a ComfyUI server.</source>
        <translation>ComfyUI サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Not a server address.</source>
        <translation>サーバーアドレスではありません。</translation>
    </message>
    <message>
        <source>The header name may not contain spaces or colons.</source>
        <translation>ヘッダー名に空白やコロンは使えません。</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
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
        <translation>このサーバーへの接続方法。システムの既定: システムのプロキシ設定 (またはなし)。</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Default: 8080 for HTTP, 1080 for SOCKS5</source>
        <translation>既定: HTTP は 8080、SOCKS5 は 1080</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>ポート(&amp;R):</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>ホスト(&amp;O):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>プロキシユーザー(&amp;E):</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>プロキシパスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>プロキシ(&amp;X)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>Pro&amp;xy: %1</source>
        <translation>プロキシ(&amp;X): %1</translation>
    </message>
    <message>
        <source>Enter the host name of the proxy.</source>
        <translation>プロキシのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>The proxy host is a host name or an IP address, without spaces or slashes.</source>
        <translation>プロキシのホストは、空白やスラッシュを含まないホスト名または IP アドレスです。</translation>
    </message>
    <message>
        <source>Shows or hides more settings</source>
        <translation>その他の設定を表示/非表示</translation>
    </message>
    <message>
        <source>Follow every client&apos;s jobs (ComfyScope relay)</source>
        <translation>すべてのクライアントのジョブを追跡 (ComfyScope リレー)</translation>
    </message>
    <message>
        <source>When the server has the ComfyScope relay extension, show other clients&apos; jobs with live progress and previews</source>
        <translation>サーバーに ComfyScope リレー拡張機能がある場合、他のクライアントのジョブをライブの進行状況とプレビュー付きで表示します</translation>
    </message>
    <message>
        <source>The relay&apos;s COMFYSCOPE_RELAY_TOKEN</source>
        <translation>リレーの COMFYSCOPE_RELAY_TOKEN</translation>
    </message>
    <message>
        <source>&amp;Relay token:</source>
        <translation>リレー トークン(&amp;R):</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectionIndicator</name>
    <message>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>Connected (polling)</source>
        <translation>接続済み (ポーリング)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Server: %2</source>
        <translation>%1
サーバー: %2</translation>
    </message>
    <message>
        <source>
Last error: %1</source>
        <translation>
最後のエラー: %1</translation>
    </message>
    <message>
        <source>
Click to connect to another server.</source>
        <translation>
クリックすると別のサーバーに接続します。</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Demo::DemoFleet</name>
    <message>
        <source>A demo server could not listen on a local port.</source>
        <translation>デモサーバーがローカルポートで待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>gpu-%1</source>
        <translation>gpu-%1</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (オフライン)</translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation>このビルドにはデモサーバーがありません。</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Demo::DemoServer</name>
    <message>
        <source>The demo server could not listen on a local port.</source>
        <translation>デモサーバーがローカルポートで待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation>このビルドにはデモサーバーがありません。</translation>
    </message>
    <message>
        <source>Demo with a ComfyDeploy output</source>
        <translation>ComfyDeploy 出力付きのデモ</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::DemoHistorySeeder</name>
    <message numerus="yes">
        <source>Filling the job history with %n day(s) of simulated jobs…</source>
        <translation>
            <numerusform>ジョブ履歴に %n 日分のシミュレーションジョブを追加しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Demo History</source>
        <translation>デモ履歴</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n simulated job(s) to the job database…</source>
        <translation>
            <numerusform>%n 件のシミュレーションジョブをジョブデータベースに書き込んでいます…</numerusform>
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
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>イベントを絞り込む</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected events (or all shown) to the clipboard</source>
        <translation>選択したイベント (または表示中のすべて) をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetQueueModel</name>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n 件の出力</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTableModel</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>another client: no live detail</source>
        <translation>別のクライアント: 詳細なし</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Running job</source>
        <translation>実行中のジョブ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
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
        <translation>アラート</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTileDelegate</name>
    <message>
        <source>Not watched</source>
        <translation>監視していません</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Down for %1</source>
        <translation>%1 前から停止</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>キュー %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed/h</source>
        <translation>
            <numerusform>%n 件失敗/時</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ジョブ %1</translation>
    </message>
    <message>
        <source>(another client: no live detail)</source>
        <translation>(他のクライアント: ライブ詳細なし)</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>残り %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>No health data yet</source>
        <translation>システム情報はまだありません</translation>
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
        <translation>負荷 %1 %</translation>
    </message>
    <message>
        <source>GPU%1</source>
        <translation>GPU%1</translation>
    </message>
    <message>
        <source>queued by %1</source>
        <translation>%1 がキューに追加</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>別のクライアント</translation>
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
        <translation>待 %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>VRAM %1 %</source>
        <translation>VRAM %1 %</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryDelegate</name>
    <message>
        <source>Decoding…</source>
        <translation>デコード中…</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
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
        <translation>プレビュー</translation>
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
        <translation>出力</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>プロンプト: %1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (推定)</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>ノード: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Format: %1, %2 × %3, %4</source>
        <translation>形式: %1、%2 × %3、%4</translation>
    </message>
    <message>
        <source>Previews received: %1 (showing the latest)</source>
        <translation>受信したプレビュー: %1 (最新を表示)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>受信: %1</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>保存先: %1</translation>
    </message>
    <message>
        <source>Image from node %1 of prompt %2: %3</source>
        <translation>プロンプト %2 のノード %1 の画像: %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryView</name>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Show or hide %1 images</source>
        <translation>%1 の画像を表示/非表示</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>ジョブ:</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>サムネイルのサイズ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Remove every image from the gallery (saved files stay)</source>
        <translation>ギャラリーからすべての画像を削除 (保存したファイルは残ります)</translation>
    </message>
    <message>
        <source>No images yet.
Sampler previews, WebSocket and ComfyDeploy outputs and the final images of every job appear here as they arrive.</source>
        <translation>まだ画像がありません。
サンプラーのプレビュー、WebSocket と ComfyDeploy の出力、各ジョブの最終画像が届きしだいここに表示されます。</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>プロンプト %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>画像: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 images</source>
        <translation>%2 枚中 %1 枚を表示</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation>プロンプト ID をコピー</translation>
    </message>
    <message>
        <source>Show Only This Job</source>
        <translation>このジョブのみ表示</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>保存先フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryBrowser</name>
    <message>
        <source>&amp;Newer</source>
        <translation>新しい順(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>古い順(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy Error</source>
        <translation>エラーをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open O&amp;utputs</source>
        <translation>出力を開く(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Queue Again</source>
        <translation>再度キューに追加(&amp;Q)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Not succeeded</source>
        <translation>成功以外</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>直近 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>直近 7 日</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>直近 30 日</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>期間指定</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>name or hash</source>
        <translation>名前またはハッシュ</translation>
    </message>
    <message>
        <source>text of the error</source>
        <translation>エラーの文字列</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>結果(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>クライアント(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>ワークフロー(&amp;W):</translation>
    </message>
    <message>
        <source>E&amp;rror:</source>
        <translation>エラー(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Selected Jobs…</source>
        <translation>選択したジョブ…</translation>
    </message>
    <message>
        <source>All Matches…</source>
        <translation>一致したすべて…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Double-click an output to open it</source>
        <translation>出力をダブルクリックして開きます</translation>
    </message>
    <message>
        <source>Time per node</source>
        <translation>ノードごとの時間</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>The error text is on the clipboard.</source>
        <translation>エラーの文字列をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>すべてのサーバー</translation>
    </message>
    <message>
        <source>No job database is open.</source>
        <translation>ジョブデータベースが開かれていません。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>No job matches.</source>
        <translation>一致するジョブはありません。</translation>
    </message>
    <message>
        <source>Jobs %1–%2 of %3</source>
        <translation>ジョブ %1–%2 / %3 件</translation>
    </message>
    <message>
        <source>The workflow of this job is not known</source>
        <translation>このジョブのワークフローは不明です</translation>
    </message>
    <message>
        <source>Queue the stored workflow again on %1</source>
        <translation>保存済みのワークフローを %1 で再度キューに追加</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>queued by this station</source>
        <translation>このステーションが追加</translation>
    </message>
    <message>
        <source>another client&apos;s, followed live through the relay</source>
        <translation>他のクライアントのジョブ（リレーでライブ追跡）</translation>
    </message>
    <message>
        <source>another client&apos;s (from the server&apos;s history)</source>
        <translation>他のクライアントのジョブ（サーバーの履歴から）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キューに追加済み</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Not recorded (the job was not followed live)</source>
        <translation>記録なし（ジョブはライブで追跡されていません）</translation>
    </message>
    <message>
        <source>No outputs</source>
        <translation>出力なし</translation>
    </message>
    <message>
        <source>No Outputs</source>
        <translation>出力なし</translation>
    </message>
    <message>
        <source>Open O&amp;utputs (%1)</source>
        <translation>出力を開く （%1）(&amp;U)</translation>
    </message>
    <message>
        <source>This job has no outputs.</source>
        <translation>このジョブには出力がありません。</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet: its outputs cannot be fetched.</source>
        <translation>%1 はもうフリートにありません。出力を取得できません。</translation>
    </message>
    <message>
        <source>%1 is not reachable now: its outputs cannot be fetched.</source>
        <translation>%1 には現在接続できません。出力を取得できません。</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n output(s) from %1…</source>
        <translation>
            <numerusform>%1 から %n 件の出力を取得しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer on %2.</source>
        <translation>%1 はもう %2 にありません。</translation>
    </message>
    <message>
        <source>%1 could not be fetched from %2: %3</source>
        <translation>%1 を %2 から取得できませんでした: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) fetched from %1.</source>
        <translation>
            <numerusform>%1 から %n 件の出力を取得しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n output(s) is on %1 any more (%2)</source>
        <translation>
            <numerusform>%n 件の出力はどれも %1 にもうありません （%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 outputs fetched; %3</source>
        <translation>%2 件中 %1 件の出力を取得しました。%3</translation>
    </message>
    <message>
        <source>The station is locked: nothing can be queued.</source>
        <translation>ステーションはロックされています。キューに追加できません。</translation>
    </message>
    <message>
        <source>Choose a job first.</source>
        <translation>先にジョブを選択してください。</translation>
    </message>
    <message>
        <source>The workflow of %1 is not stored; it cannot be queued again.</source>
        <translation>%1 のワークフローは保存されていないため、再度キューに追加できません。</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet.</source>
        <translation>%1 はもうフリートにありません。</translation>
    </message>
    <message>
        <source>%1 is not reachable now.</source>
        <translation>%1 には現在接続できません。</translation>
    </message>
    <message>
        <source>Queueing %1 on %2…</source>
        <translation>%1 を %2 のキューに追加しています…</translation>
    </message>
    <message>
        <source>Queued %1 on %2 as %3</source>
        <translation>%1 を %2 に %3 として追加しました</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 が %2 を拒否しました: %3</translation>
    </message>
    <message>
        <source>Nothing to export: no job is selected.</source>
        <translation>エクスポートするものがありません。ジョブが選択されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) written to %1</source>
        <translation>
            <numerusform>%n 件のジョブを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Matching Jobs</source>
        <translation>一致したすべてのジョブをエクスポート</translation>
    </message>
    <message>
        <source>Export Selected Jobs</source>
        <translation>選択したジョブをエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryDialog</name>
    <message>
        <source>Load More</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Double-click an output to open it in the viewer</source>
        <translation>出力をダブルクリックするとビューアーで開きます</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続していません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Jobs shown: %1 (Load More for older ones)</source>
        <translation>表示中のジョブ: %1 (古いものは「さらに読み込む」)</translation>
    </message>
    <message>
        <source>All jobs shown: %1</source>
        <translation>すべてのジョブを表示: %1</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>プロンプト %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>クライアント: %1</translation>
    </message>
    <message>
        <source>Cached nodes: %1</source>
        <translation>キャッシュ済みノード: %1</translation>
    </message>
    <message>
        <source>Error in node %1 (%2): %3</source>
        <translation>ノード %1 (%2) でエラー: %3</translation>
    </message>
    <message>
        <source>Search prompt, status, date, client…</source>
        <translation>プロンプト・状態・日付・クライアントを検索…</translation>
    </message>
    <message numerus="yes">
        <source>Not connected: %n job(s) from the job database.</source>
        <translation>
            <numerusform>未接続: ジョブデータベースから %n 件のジョブ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) from the job database.</source>
        <translation>
            <numerusform>ジョブデータベースから %n 件のジョブ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the job database</source>
        <translation>
            <numerusform>%n 件はジョブデータベースから</numerusform>
        </translation>
    </message>
    <message>
        <source>From the job database (an earlier run)</source>
        <translation>ジョブデータベースから（以前の実行）</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryModel</name>
    <message>
        <source>Unknown</source>
        <comment>history outcome</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>this viewer</source>
        <translation>このビューアー</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>クライアント %1</translation>
    </message>
    <message>
        <source>Queued By</source>
        <translation>キュー登録元</translation>
    </message>
    <message>
        <source>From the job database: seen in an earlier run; the server no longer lists it</source>
        <translation>ジョブデータベースから: 以前の実行で記録。サーバーにはもうありません</translation>
    </message>
    <message>
        <source>From the server&apos;s history</source>
        <translation>サーバーの履歴から</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Job database</source>
        <translation>ジョブデータベース</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryOutputsModel</name>
    <message>
        <source>%1
%2 folder%3</source>
        <translation>%1
フォルダー %2%3</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ImageCanvas</name>
    <message>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::JobState</name>
    <message>
        <source>Pending</source>
        <comment>job state</comment>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job state</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>job state</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job state</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>job state</comment>
        <translation>中断</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>job state</comment>
        <translation>消失</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Lightbox</name>
    <message>
        <source>Image Viewer</source>
        <translation>画像ビューアー</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>新しい</translation>
    </message>
    <message>
        <source>Previous (newer) image (Left)</source>
        <translation>前の (新しい) 画像 (左)</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>Next (older) image (Right)</source>
        <translation>次の (古い) 画像 (右)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>画像をウィンドウに合わせる (F)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (1)</source>
        <translation>画像の 1 ピクセルを画面の 1 ピクセルで表示 (1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>画像をクリップボードにコピー (Ctrl+C)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Open the folder the image was auto-saved to</source>
        <translation>画像が自動保存されたフォルダーを開く</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>ドラッグ</translation>
    </message>
    <message>
        <source>Drag the image into another application (or drag the image itself when it fits the window)</source>
        <translation>画像を他のアプリケーションにドラッグ (ウィンドウに収まるときは画像自体をドラッグ)</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Loading the full image…</source>
        <translation>フルサイズ画像を読み込み中…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not in the gallery view</source>
        <translation>ギャラリー表示にありません</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>帰属</translation>
    </message>
    <message>
        <source>inferred from the running node</source>
        <translation>実行中のノードから推定</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation>エンコード済み</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>%1 received, showing the latest</source>
        <translation>%1 件受信、最新を表示</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Embedded metadata</source>
        <translation>埋め込みメタデータ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG 画像 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>WebP 画像 (*.webp)</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>名前を付けて画像を保存</translation>
    </message>
    <message>
        <source>The image is still being decoded; try again.</source>
        <translation>画像はまだデコード中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1 を保存できませんでした:
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
        <translation>ギャラリー</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>ComfyScope %1 started</source>
        <translation>ComfyScope %1 を起動しました</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to a ComfyUI server (Ctrl+O)</source>
        <translation>ComfyUI サーバーに接続 (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Start &amp;Demo Server</source>
        <translation>デモサーバーを起動(&amp;D)</translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server with a demo workload</source>
        <translation>組み込みのシミュレーション ComfyUI サーバーをデモ負荷で起動</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>中断(&amp;I)</translation>
    </message>
    <message>
        <source>Stop the job that is running on the server (Ctrl+I)</source>
        <translation>サーバーで実行中のジョブを停止 (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear Pending</source>
        <translation>待機中を消去(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every pending job from the server&apos;s queue (Ctrl+Shift+Del)</source>
        <translation>サーバーのキューから待機中のジョブをすべて削除 (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>&amp;Refresh Queue</source>
        <translation>キューを更新(&amp;R)</translation>
    </message>
    <message>
        <source>Forget &amp;Finished Jobs</source>
        <translation>完了したジョブを消去(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Browse the server&apos;s past jobs (Ctrl+H)</source>
        <translation>サーバーの過去のジョブを閲覧 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Show Sampler &amp;Previews</source>
        <translation>サンプラーのプレビューを表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Latest Image</source>
        <translation>最新の画像を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About ComfyScope</source>
        <translation>ComfyScope について(&amp;A)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>Recent &amp;Servers</source>
        <translation>最近使ったサーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Auto-save on</source>
        <translation>自動保存オン</translation>
    </message>
    <message>
        <source>Outputs are saved to %1 as %2</source>
        <translation>出力は %1 に %2 として保存されます</translation>
    </message>
    <message>
        <source>Auto-save off</source>
        <translation>自動保存オフ</translation>
    </message>
    <message>
        <source>Turn auto-save on in Preferences</source>
        <translation>設定で自動保存をオンにしてください</translation>
    </message>
    <message>
        <source>Saving outputs to %1 for this session</source>
        <translation>このセッションでは出力を %1 に保存します</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>キュー: %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ジョブ %1</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>「%1」に接続できません: %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;:
%2</source>
        <translation>「%1」に接続できません:
%2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Demo server running at %1; it queues a workflow every %2 s</source>
        <translation>デモサーバーは %1 で動作中です。%2 秒ごとにワークフローをキューに追加します</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>デモサーバー (%1)</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>%1 から切断しました</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate of %1 not trusted: %2</source>
        <translation>%1 の証明書が信頼されていません: %2</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>%1 の証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>Trust it only if this fingerprint is the one of your server:

SHA-256: %1</source>
        <translation>このフィンガープリントがお使いのサーバーのものである場合のみ信頼してください:

SHA-256: %1</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>この証明書を信頼する</translation>
    </message>
    <message>
        <source>Interrupt sent</source>
        <translation>中断を送信しました</translation>
    </message>
    <message>
        <source>Interrupt failed: %1</source>
        <translation>中断に失敗しました: %1</translation>
    </message>
    <message>
        <source>Pending jobs cleared</source>
        <translation>待機中のジョブを消去しました</translation>
    </message>
    <message>
        <source>Clearing the queue failed: %1</source>
        <translation>キューの消去に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>キャンセルを要求しました</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation>キャンセルに失敗しました: %1</translation>
    </message>
    <message>
        <source>About ComfyScope</source>
        <translation>ComfyScope について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;A native viewer for ComfyUI servers: live queue, progress, previews and outputs.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;ComfyUI サーバー用のネイティブビューアー: ライブキュー、進捗、プレビュー、出力。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>リストを消去</translation>
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
        <translation>画像: %1 · メモリ %3 中 %2</translation>
    </message>
    <message>
        <source>Full-size images in memory: %1 (budget %2)
Thumbnails: %3
Frames received: %4, decoded: %5, skipped while busy: %6</source>
        <translation>メモリ上のフルサイズ画像: %1 (予算 %2)
サムネイル: %3
受信フレーム: %4、デコード: %5、混雑時にスキップ: %6</translation>
    </message>
    <message>
        <source>&amp;Queue Workflow…</source>
        <translation>ワークフローをキューに追加(&amp;Q)…</translation>
    </message>
    <message>
        <source>Queue an API-format workflow (JSON; in ComfyUI: Workflow → Export (API)) on the server</source>
        <translation>API 形式のワークフロー (JSON、ComfyUI の「Workflow → Export (API)」) をサーバーのキューに追加</translation>
    </message>
    <message>
        <source>Queue Workflow</source>
        <translation>ワークフローをキューに追加</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>先にサーバーに接続してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON workflow: %2</source>
        <translation>%1 は JSON ワークフローではありません: %2</translation>
    </message>
    <message>
        <source>This is a UI workflow. In ComfyUI, use Workflow → Export (API) and queue that file.</source>
        <translation>これは UI 用ワークフローです。ComfyUI で「Workflow → Export (API)」を使い、そのファイルをキューに追加してください。</translation>
    </message>
    <message>
        <source>Queued %1 as %2</source>
        <translation>%1 を %2 としてキューに追加しました</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 は拒否されました: %2</translation>
    </message>
    <message>
        <source>The server refused %1.</source>
        <translation>サーバーが %1 を拒否しました。</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Edit Address…</source>
        <translation>アドレスを編集…</translation>
    </message>
    <message>
        <source>API-format workflows or ComfyUI images (*.json *.png);;All files (*)</source>
        <translation>API 形式のワークフローまたは ComfyUI 画像 (*.json *.png);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 holds no workflow: only PNGs saved by ComfyUI carry their prompt.</source>
        <translation>%1 にはワークフローがありません。プロンプトを含むのは ComfyUI が保存した PNG だけです。</translation>
    </message>
    <message>
        <source>The workflow of %1 is not known; it cannot be queued again.</source>
        <translation>%1 のワークフローが不明なため、再投入できません。</translation>
    </message>
    <message>
        <source>%1 was not queued: %2 is not reachable (%3)</source>
        <translation>%1 はキューに入りませんでした: %2 に接続できません (%3)</translation>
    </message>
    <message>
        <source>%1 was not queued: the server at %2 is not reachable.</source>
        <translation>%1 はキューに入りませんでした: サーバー %2 に接続できません。</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>今後確認しない</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Stop the job that is running on %1 now?</source>
        <translation>%1 で実行中のジョブを今すぐ停止しますか?</translation>
    </message>
    <message>
        <source>Clear Pending</source>
        <translation>待機中をクリア</translation>
    </message>
    <message>
        <source>Remove every job waiting in the queue of %1, also those of other clients?</source>
        <translation>%1 のキューで待機中のすべてのジョブ (他のクライアントのものも含む) を削除しますか?</translation>
    </message>
    <message>
        <source>&amp;Clear Pending</source>
        <translation>待機中をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server at %1 is not reachable.&lt;/b&gt; Its jobs&apos; progress is frozen until it answers again; retrying.</source>
        <translation>&lt;b&gt;サーバー %1 に接続できません。&lt;/b&gt;応答が戻るまでジョブの進捗は停止しています。再試行中です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot reach the server at %1.&lt;/b&gt; Check the address; retrying.</source>
        <translation>&lt;b&gt;サーバー %1 に接続できません。&lt;/b&gt;アドレスを確認してください。再試行中です。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Job database: %1</source>
        <translation>ジョブデータベース: %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NewestImagesWidget</name>
    <message>
        <source>No images yet</source>
        <translation>まだ画像がありません</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NodeListModel</name>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
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
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>at %1 / %2</source>
        <translation>%1 / %2 で</translation>
    </message>
    <message>
        <source>stopped, not finished</source>
        <translation>停止（未完了）</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::PreferencesDialog</name>
    <message>
        <source>&amp;Save every output as it arrives</source>
        <translation>届いた出力をすべて保存する(&amp;S)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>自動保存</translation>
    </message>
    <message>
        <source>Final outputs, SaveImageWebsocket and ComfyDeploy outputs are written to the folder; sampler previews are not.</source>
        <translation>最終出力、SaveImageWebsocket と ComfyDeploy の出力はフォルダーに書き込まれます。サンプラーのプレビューは書き込まれません。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</source>
        <translation>フィールド: {date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Auto-save Folder</source>
        <translation>自動保存フォルダー</translation>
    </message>
    <message>
        <source>Everything the gallery holds (full-size images, thumbnails and the bytes kept to decode again) stays under this. Full-size images go first (oldest first) and are decoded again when opened; then the oldest images.</source>
        <translation>ギャラリーが保持するもの (フルサイズ画像、サムネイル、再デコード用に保持するバイト) はすべてこの範囲に収まります。まずフルサイズ画像 (古いものから) を手放し、開くときに再デコードします。次に最も古い画像を削除します。</translation>
    </message>
    <message>
        <source>Gallery memory &amp;budget:</source>
        <translation>ギャラリーのメモリ予算(&amp;B):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Takes effect after restarting ComfyScope.</source>
        <translation>ComfyScope の再起動後に有効になります。</translation>
    </message>
    <message>
        <source>Passwords and Tokens</source>
        <translation>パスワードとトークン</translation>
    </message>
    <message>
        <source>Untick &quot;Remember passwords and tokens&quot; when connecting to keep a server&apos;s secrets out of that file.</source>
        <translation>サーバーの秘密情報をそのファイルに保存しないには、接続時に「パスワードとトークンを記憶する」のチェックを外してください。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ProgressPanel</name>
    <message>
        <source>Overall</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>No job is running. Jobs queued on the server appear here as they start.</source>
        <translation>実行中のジョブはありません。サーバーのキューに入ったジョブは開始するとここに表示されます。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続していません。</translation>
    </message>
    <message>
        <source>Prompt %1 — %2</source>
        <translation>プロンプト %1 — %2</translation>
    </message>
    <message>
        <source>queued by another client</source>
        <translation>他のクライアントがキューに追加</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>経過 %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
    <message>
        <source>no live detail</source>
        <translation>ライブ詳細なし</translation>
    </message>
    <message>
        <source>This job belongs to another client; the server sends its progress only to that client.</source>
        <translation>このジョブは他のクライアントのものです。サーバーはその進捗をそのクライアントにのみ送信します。</translation>
    </message>
    <message>
        <source>%1 % — %2 of %3 nodes</source>
        <translation>%1 % — %3 ノード中 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>ステップなし</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>キューで待機中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>queued by client %1 (via the relay)</source>
        <translation>クライアント %1 がキューに追加 (リレー経由)</translation>
    </message>
    <message>
        <source>time left unknown — server unreachable</source>
        <translation>残り時間不明 — サーバーに接続できません</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueModel</name>
    <message>
        <source>%1 · other</source>
        <comment>job of another client</comment>
        <translation>%1 · 他</translation>
    </message>
    <message>
        <source>—</source>
        <comment>unknown ETA</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>プロンプト %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Queued by another client: the server sends its progress only to that client, so only its place in the queue and its outcome are shown.</source>
        <translation>他のクライアントがキューに追加: サーバーはその進捗をそのクライアントにのみ送信するため、キュー内の位置と結果のみ表示されます。</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>キュー追加: %1</translation>
    </message>
    <message>
        <source>Nodes: %1 of %2 done (%3 cached)</source>
        <translation>ノード: %2 中 %1 完了 (%3 キャッシュ)</translation>
    </message>
    <message>
        <source>%1 · queued by %2</source>
        <comment>job of another client, followed via the relay</comment>
        <translation>%1 · %2 がキューに追加</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>別のクライアント</translation>
    </message>
    <message>
        <source>this viewer</source>
        <translation>このビューアー</translation>
    </message>
    <message>
        <source>unknown client</source>
        <translation>不明なクライアント</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>クライアント %1</translation>
    </message>
    <message>
        <source>Queued by client %1; its live progress and previews come through the ComfyScope relay.</source>
        <translation>クライアント %1 がキューに追加しました。進行状況とプレビューは ComfyScope リレー経由でライブに届きます。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>ETA while the server is unreachable</comment>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueView</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>ジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Remove the selected job from the queue, or interrupt it if it is running (Delete)</source>
        <translation>選択したジョブをキューから削除、実行中なら中断 (Delete)</translation>
    </message>
    <message>
        <source>Show &amp;Finished</source>
        <translation>完了したものを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Also list jobs that have finished</source>
        <translation>完了したジョブも一覧に表示</translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation>プロンプト ID をコピー</translation>
    </message>
    <message>
        <source>Show Outputs in Gallery</source>
        <translation>出力をギャラリーに表示</translation>
    </message>
    <message>
        <source>Show Error…</source>
        <translation>エラーを表示…</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation>キューから削除</translation>
    </message>
    <message>
        <source>Queue &amp;Again</source>
        <translation>再投入(&amp;A)</translation>
    </message>
    <message>
        <source>Queue Again with a New &amp;Seed</source>
        <translation>新しいシードで再投入(&amp;S)</translation>
    </message>
    <message>
        <source>The workflow of this job is not known</source>
        <translation>このジョブのワークフローは不明です</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>ジョブ: %1 (%2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Node: %1 (%2)</source>
        <translation>ノード: %1 (%2)</translation>
    </message>
    <message>
        <source>Exception: %1: %2</source>
        <translation>例外: %1: %2</translation>
    </message>
    <message>
        <source>Traceback:</source>
        <translation>トレースバック:</translation>
    </message>
    <message>
        <source>Error of %1</source>
        <translation>%1 のエラー</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationSettingsDialog</name>
    <message>
        <source>Show alerts as system tray &amp;notifications</source>
        <translation>アラートをシステムトレイの通知で表示(&amp;N)</translation>
    </message>
    <message>
        <source>Play a &amp;sound with each new alert</source>
        <translation>新しいアラートごとに音を鳴らす(&amp;S)</translation>
    </message>
    <message>
        <source>Serve the fleet status on &amp;127.0.0.1, port</source>
        <translation>フリートの状態を 127.0.0.1 で公開する(&amp;1)、ポート</translation>
    </message>
    <message>
        <source>Monitoring Station Settings</source>
        <translation>監視ステーションの設定</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>アラートルール</translation>
    </message>
    <message>
        <source>when unreachable for more than</source>
        <translation>到達できない時間がこれを超えたとき</translation>
    </message>
    <message>
        <source>when a job shows no progress for</source>
        <translation>ジョブが進まない時間がこれを超えたとき</translation>
    </message>
    <message>
        <source>when more jobs wait than</source>
        <translation>待機中のジョブがこれを超えたとき</translation>
    </message>
    <message>
        <source>when VRAM use is above</source>
        <translation>VRAM 使用率がこれを超えたとき</translation>
    </message>
    <message>
        <source>when a job fails (any client)</source>
        <translation>ジョブが失敗したとき (すべてのクライアント)</translation>
    </message>
    <message>
        <source>when the server lost its history or changed version</source>
        <translation>サーバーが履歴を失ったかバージョンが変わったとき</translation>
    </message>
    <message>
        <source>Status export (for other tools)</source>
        <translation>状態のエクスポート (他のツール用)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Status File</source>
        <translation>状態ファイル</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Status &amp;file:</source>
        <translation>状態ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>GET /status.json answers the same JSON as the file. Only this computer can reach it.</source>
        <translation>GET /status.json はファイルと同じ JSON を返します。このコンピューターからのみアクセスできます。</translation>
    </message>
    <message>
        <source>Dashboard and wall mode</source>
        <translation>ダッシュボードとウォールモード</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Read GPU/RAM &amp;stats every:</source>
        <translation>GPU/RAM の統計を読み取る間隔(&amp;S):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Wall mode &amp;changes page every:</source>
        <translation>ウォールモードのページ切り替え間隔(&amp;C):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Keep job &amp;history for:</source>
        <translation>ジョブ履歴の保存期間(&amp;H):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Job history at &amp;most:</source>
        <translation>ジョブ履歴の上限(&amp;M):</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationWindow</name>
    <message>
        <source>ComfyScope — Monitoring Station</source>
        <translation>ComfyScope — 監視ステーション</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>並べ替え:</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>解決済み: %1</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>サーバーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open Fleet File…</source>
        <translation>フリートファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Fleet File…</source>
        <translation>フリートファイルを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>サーバーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>サーバーを削除</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation>%1 の監視をやめますか?</translation>
    </message>
    <message>
        <source>&amp;Interrupt Running Job</source>
        <translation>実行中のジョブを中断(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;lear Pending Jobs</source>
        <translation>待機中のジョブを消去(&amp;L)</translation>
    </message>
    <message>
        <source>Clear Pending Jobs</source>
        <translation>待機中のジョブを消去</translation>
    </message>
    <message>
        <source>Remove every pending job from the queue of %1?</source>
        <translation>%1 のキューから待機中のジョブをすべて削除しますか?</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>ジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation>ウォールモード(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lock Controls</source>
        <translation>操作をロック(&amp;L)</translation>
    </message>
    <message>
        <source>Read-only: hide interrupt, cancel, clear and remove</source>
        <translation>読み取り専用: 中断、キャンセル、消去、削除を隠す</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge All Alerts</source>
        <translation>すべてのアラートを確認(&amp;K)</translation>
    </message>
    <message>
        <source>Station &amp;Settings…</source>
        <translation>ステーションの設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;Event Log…</source>
        <translation>イベントログをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Job Durations…</source>
        <translation>ジョブ所要時間をエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Open in &amp;Viewer</source>
        <translation>ビューアーで開く(&amp;V)</translation>
    </message>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>今すぐ再接続(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>フリート(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation>すべて確認(&amp;L)</translation>
    </message>
    <message>
        <source>Queue (all servers)</source>
        <translation>キュー (全サーバー)</translation>
    </message>
    <message>
        <source>Show the queue of</source>
        <translation>キューを表示するサーバー</translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation>完了したものを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Gallery (all servers)</source>
        <translation>ギャラリー (全サーバー)</translation>
    </message>
    <message>
        <source>Show the images of</source>
        <translation>画像を表示するサーバー</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>すべてのサーバー</translation>
    </message>
    <message>
        <source>Show Station</source>
        <translation>ステーションを表示</translation>
    </message>
    <message>
        <source>ComfyScope: %1 of %2 servers up, %3 running, %4 alert(s)</source>
        <translation>ComfyScope: %2 台中 %1 台が稼働、実行中 %3、アラート %4 件</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 servers up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; / %2 台のサーバーが稼働中</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n 台停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 件実行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>直近 1 時間で %n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>未確認のアラート %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;lock Controls…</source>
        <translation>操作のロックを解除(&amp;L)…</translation>
    </message>
    <message>
        <source>Job %1 finished in %2</source>
        <translation>ジョブ %1 が %2 で完了</translation>
    </message>
    <message>
        <source>Job finished on %1</source>
        <translation>%1 でジョブが完了</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n output(s)</source>
        <translation>
            <numerusform>ジョブ %1: 出力 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>%1 を監視中</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>フリート</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n server(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 台のサーバーを読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated server(s) started on 127.0.0.1</source>
        <translation>
            <numerusform>127.0.0.1 で %n 台のシミュレーションサーバーを起動しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1 — %2</source>
        <translation>アラート: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Acknowledge Alerts of This Server</source>
        <translation>このサーバーのアラートを確認</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Interrupt job %1 on %2?</source>
        <translation>%2 のジョブ %1 を中断しますか?</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <source>Open Fleet File</source>
        <translation>フリートファイルを開く</translation>
    </message>
    <message>
        <source>Fleet files (*.json *.ini *.conf);;All files (*)</source>
        <translation>フリートファイル (*.json *.ini *.conf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Fleet File</source>
        <translation>フリートファイルを保存</translation>
    </message>
    <message>
        <source>JSON (*.json);;INI (*.ini)</source>
        <translation>JSON (*.json);;INI (*.ini)</translation>
    </message>
    <message>
        <source>Include tokens and passwords in the file?

Without them, write ${VARIABLE} placeholders into the file by hand and set the variables in the environment.</source>
        <translation>トークンとパスワードをファイルに含めますか?

含めない場合は ${VARIABLE} プレースホルダーを手でファイルに書き、環境変数を設定してください。</translation>
    </message>
    <message>
        <source>Export Job Durations</source>
        <translation>ジョブ所要時間をエクスポート</translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>イベントログをエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Fleet status at http://127.0.0.1:%1/status.json</source>
        <translation>フリートの状態: http://127.0.0.1:%1/status.json</translation>
    </message>
    <message>
        <source>Controls locked (read-only)</source>
        <translation>操作をロックしました (読み取り専用)</translation>
    </message>
    <message>
        <source>Controls unlocked</source>
        <translation>操作のロックを解除しました</translation>
    </message>
    <message>
        <source>Lock Controls</source>
        <translation>操作をロック</translation>
    </message>
    <message>
        <source>Optional PIN to unlock (leave empty to unlock without one):</source>
        <translation>ロック解除用の PIN (任意。空欄なら PIN なしで解除できます):</translation>
    </message>
    <message>
        <source>Unlock Controls</source>
        <translation>操作のロックを解除</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Show interrupt, cancel, clear and remove again?</source>
        <translation>中断、キャンセル、消去、削除を再び表示しますか?</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN が違います。</translation>
    </message>
    <message>
        <source>Wall mode on (Esc or F11 leaves)</source>
        <translation>ウォールモードをオン (Esc または F11 で終了)</translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s) held back</source>
        <translation>
            <numerusform>他に %n 件の通知を保留しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>The station is locked. PIN:</source>
        <translation>ステーションはロックされています。PIN:</translation>
    </message>
    <message>
        <source>The station is locked. Leave anyway?</source>
        <translation>ステーションはロックされています。それでも終了しますか?</translation>
    </message>
    <message>
        <source>Wrong PIN: the locked station stays as it is</source>
        <translation>PIN が違います: ロックされたステーションはそのままです</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Job database: %1</source>
        <translation>ジョブデータベース: %1</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>トレンド(&amp;T)…</translation>
    </message>
    <message>
        <source>Queued again from the history as %1</source>
        <translation>履歴から %1 として再度キューに追加しました</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Dense &amp;Table</source>
        <translation>一覧表(&amp;T)</translation>
    </message>
    <message>
        <source>Every server as one row: state, queue, running job, VRAM, alerts</source>
        <translation>サーバーごとに1行: 状態、キュー、実行中のジョブ、VRAM、アラート</translation>
    </message>
    <message>
        <source>Tile &amp;Size</source>
        <translation>タイルのサイズ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Small (dense)</source>
        <translation>小 (高密度)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>中(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Large (with preview)</source>
        <translation>大 (プレビュー付き)(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StoredJobsModel</name>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Run Time</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
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
        <translation>トレンド</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>直近 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>直近 7 日</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>直近 30 日</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>フリート全体</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Jobs per %1 by outcome</source>
        <translation>%1 あたりのジョブ数（結果別）</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>%1
%2: %3
all: %4 (failed %5)</source>
        <translation>%1
%2: %3
全体: %4（失敗 %5）</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>キューの長さ</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>queue depth (mean)</source>
        <translation>キューの長さ（平均）</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>実行時間</translation>
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
        <translation>失敗率、VRAM、GPU 負荷</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>failure rate</source>
        <translation>失敗率</translation>
    </message>
    <message>
        <source>VRAM (highest)</source>
        <translation>VRAM（最大）</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>GPU 負荷</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), %1 failed (%2 %)</source>
        <translation>
            <numerusform>%n 件のジョブ、失敗 %1（%2 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>ジョブ(&amp;J)…</translation>
    </message>
    <message>
        <source>Open these jobs in the History browser (or click a bar or point)</source>
        <translation>これらのジョブを履歴ブラウザーで開きます（棒や点をクリックしても開けます）</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::WallView</name>
    <message>
        <source>ComfyScope — fleet</source>
        <translation>ComfyScope — フリート</translation>
    </message>
    <message>
        <source>ComfyScope — Wall</source>
        <translation>ComfyScope — ウォール</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%2 台中 %1 台稼働</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n 台停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 件実行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>直近 1 時間で %n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>アラート %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>(paused — Space resumes)</source>
        <translation>(一時停止中 — Space で再開)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::Cli</name>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>API-format workflow JSON file (&apos;-&apos; for stdin).</source>
        <translation>API 形式のワークフロー JSON ファイル (&apos;-&apos; で標準入力)。</translation>
    </message>
    <message>
        <source>Follow the prompt until it finishes.</source>
        <translation>完了までプロンプトを追跡する。</translation>
    </message>
    <message>
        <source>With --wait: download every output image into DIR.</source>
        <translation>--wait 時: すべての出力画像を DIR にダウンロードする。</translation>
    </message>
    <message>
        <source>Put the prompt at the front of the queue.</source>
        <translation>プロンプトをキューの先頭に置く。</translation>
    </message>
    <message>
        <source>extra_data.preview_method: none, auto, latent2rgb, taesd (v0.5.0+).</source>
        <translation>extra_data.preview_method: none、auto、latent2rgb、taesd (v0.5.0 以降)。</translation>
    </message>
    <message>
        <source>Use this prompt id instead of a new UUID.</source>
        <translation>新しい UUID の代わりにこのプロンプト ID を使う。</translation>
    </message>
    <message>
        <source>With --wait: give up (exit 3) without a connection after S seconds.</source>
        <translation>--wait 時: S 秒以内に接続できなければ諦める (終了ステータス 3)。</translation>
    </message>
    <message>
        <source>error: give exactly one workflow file</source>
        <translation>エラー: ワークフローファイルをちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>エラー: %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>error: %1 is not a JSON object: %2</source>
        <translation>エラー: %1 は JSON オブジェクトではありません: %2</translation>
    </message>
    <message>
        <source>error: %1 is a UI workflow; export it in API format (Workflow → Export (API)) and try again</source>
        <translation>エラー: %1 は UI 用ワークフローです。API 形式でエクスポート (Workflow → Export (API)) してから再試行してください</translation>
    </message>
    <message>
        <source>error: the server refused the workflow: %1</source>
        <translation>エラー: サーバーがワークフローを拒否しました: %1</translation>
    </message>
    <message>
        <source>error: node %1 (%2) failed: %3</source>
        <translation>エラー: ノード %1 (%2) が失敗しました: %3</translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation>エラー: %1 に到達できません: %2</translation>
    </message>
    <message>
        <source>Show the server&apos;s queue (running and pending prompts, in execution order), or change it.</source>
        <translation>サーバーのキュー (実行中と待機中のプロンプトを実行順に) を表示、または変更します。</translation>
    </message>
    <message>
        <source>Delete every pending prompt (the running one goes on).</source>
        <translation>待機中のプロンプトをすべて削除する (実行中のものは続行)。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力する。</translation>
    </message>
    <message>
        <source>pending queue cleared</source>
        <translation>待機キューを消去しました</translation>
    </message>
    <message>
        <source>error: %1 is neither running nor pending</source>
        <translation>エラー: %1 は実行中でも待機中でもありません</translation>
    </message>
    <message>
        <source>interrupted %1</source>
        <translation>%1 を中断しました</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>%1 running, %2 pending</source>
        <translation>実行中 %1、待機中 %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>List finished prompts, newest last, with outcome, duration and outputs.</source>
        <translation>完了したプロンプトを新しいものを最後にして、結果、所要時間、出力とともに一覧表示します。</translation>
    </message>
    <message>
        <source>At most N entries (default 20).</source>
        <translation>最大 N 件 (既定 20)。</translation>
    </message>
    <message>
        <source>Start at entry K from the oldest (v0.3.60+).</source>
        <translation>最も古いものから K 番目のエントリーから開始 (v0.3.60 以降)。</translation>
    </message>
    <message>
        <source>Show one prompt.</source>
        <translation>1 つのプロンプトを表示する。</translation>
    </message>
    <message>
        <source>Print JSON lines instead of a table.</source>
        <translation>表の代わりに JSON 行を出力する。</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>履歴なし</translation>
    </message>
    <message>
        <source>Show server version, devices and memory (/system_stats) and its feature flags (/features).</source>
        <translation>サーバーのバージョン、デバイス、メモリ (/system_stats) と機能フラグ (/features) を表示します。</translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation>生の JSON を出力する。</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>(version not reported: before v0.2.0)</source>
        <translation>(バージョン未報告: v0.2.0 より前)</translation>
    </message>
    <message>
        <source>OS %1, Python %2, PyTorch %3</source>
        <translation>OS %1、Python %2、PyTorch %3</translation>
    </message>
    <message>
        <source>RAM %1 free of %2</source>
        <translation>RAM 空き %1 / %2</translation>
    </message>
    <message>
        <source>device %1 (%2): VRAM %3 free of %4</source>
        <translation>デバイス %1 (%2): VRAM 空き %3 / %4</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>機能: %1</translation>
    </message>
    <message>
        <source>features: none (/features answered HTTP %1: server before v0.3.45)</source>
        <translation>機能: なし (/features が HTTP %1 を返しました: v0.3.45 より前のサーバー)</translation>
    </message>
    <message>
        <source>Interrupt the running prompt. With --prompt-id only that prompt is stopped (servers v0.3.57+; older ones stop whatever runs).</source>
        <translation>実行中のプロンプトを中断します。--prompt-id を付けるとそのプロンプトだけを停止します (v0.3.57 以降のサーバー。古いサーバーは実行中のものを停止します)。</translation>
    </message>
    <message>
        <source>Only interrupt this prompt.</source>
        <translation>このプロンプトだけを中断する。</translation>
    </message>
    <message>
        <source>interrupt sent</source>
        <translation>中断を送信しました</translation>
    </message>
    <message>
        <source>error: --prompt-id must be a lowercase UUID such as %1 (got &quot;%2&quot;)</source>
        <translation>エラー: --prompt-id は %1 のような小文字の UUID でなければなりません（指定値「%2」）</translation>
    </message>
    <message>
        <source>deployment: %1</source>
        <translation>デプロイ環境: %1</translation>
    </message>
    <message>
        <source>frontend required %1</source>
        <translation>必要なフロントエンド %1</translation>
    </message>
    <message>
        <source>package %1: installed %2, required %3</source>
        <translation>パッケージ %1: インストール済み %2、必要 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Queue an API-format workflow (Workflow → Export (API) in the web UI) and print its prompt id. With --wait, follow it to the end: a progress line on a terminal, one JSON line per change when piped or with --json.

Exit status: 0 success, 1 execution error or interrupt, 2 validation error (node errors are printed), 3 connection failure.</source>
        <translation>API 形式のワークフロー (Web UI の Workflow → Export (API)) をキューに入れ、プロンプト ID を表示します。--wait では最後まで追跡します: 端末では進捗行を 1 行、パイプ時または --json 指定時は変化ごとに JSON を 1 行出力します。

終了コード: 0 成功、1 実行エラーまたは中断、2 検証エラー (ノードエラーを表示)、3 接続失敗。</translation>
    </message>
    <message>
        <source>Queue with this client id (e.g. the web UI&apos;s, so its tab shows the progress).</source>
        <translation>このクライアント ID でキューに入れます (例: Web UI の ID にするとそのタブに進捗が表示されます)。</translation>
    </message>
    <message>
        <source>Print JSON lines also on a terminal (the default when the output is piped).</source>
        <translation>端末でも JSON 行を出力します (パイプ出力時の既定)。</translation>
    </message>
    <message>
        <source>error: --client-id needs an id</source>
        <translation>エラー: --client-id には ID が必要です</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>%1 をキューに追加</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 after %3, %n output(s)</source>
        <translation>
            <numerusform>%1 %2（%3 後）、出力 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel a prompt: delete it if pending, interrupt it if running. A unique prefix of its id is enough (e.g. ba82).</source>
        <translation>プロンプトを取り消します: 待機中なら削除、実行中なら中断します。ID の一意な先頭部分で十分です (例: ba82)。</translation>
    </message>
    <message>
        <source>error: %1 is ambiguous: it starts %2</source>
        <translation>エラー: %1 はあいまいです: 該当するのは %2</translation>
    </message>
</context>
<context>
    <name>ComfyScope::FleetFile</name>
    <message>
        <source>server &quot;%1&quot; has no address</source>
        <translation>サーバー「%1」にアドレスがありません</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: header must be &quot;Name: value&quot;</source>
        <translation>サーバー「%1」: ヘッダーは「名前: 値」の形式にしてください</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: %2</source>
        <translation>サーバー「%1」: %2</translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; is not system, none, http://host:port or socks5://host:port</source>
        <translation>プロキシ「%1」は system、none、http://host:port、socks5://host:port のいずれでもありません</translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; needs a host and a port</source>
        <translation>プロキシ「%1」にはホストとポートが必要です</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation>%1: 有効な INI ファイルではありません</translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation>%1: ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 で JSON が不正です: %3</translation>
    </message>
    <message>
        <source>%1: no &quot;servers&quot; list</source>
        <translation>%1: &quot;servers&quot; リストがありません</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>サーバー %1</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1: サーバーがありません</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: 書き込めませんでした</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: relay must be true or false</source>
        <translation>サーバー「%1」: relay は true または false でなければなりません</translation>
    </message>
    <message>
        <source>rule %1: &quot;%2&quot; is not %3</source>
        <translation>ルール %1: 「%2」は %3 ではありません</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (known: %2)</source>
        <translation>不明なルール「%1」(既知: %2)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::ServerProfile</name>
    <message>
        <source>Not a server address.</source>
        <translation>サーバーアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>turned off by COMFYSCOPE_NO_KEYCHAIN</source>
        <translation>COMFYSCOPE_NO_KEYCHAIN により無効</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>キーチェーンサービスがありません</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>このビルドはキーチェーンに対応していません</translation>
    </message>
    <message>
        <source>Remembered passwords and tokens are stored in the system keychain.</source>
        <translation>記憶したパスワードとトークンはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Remembered passwords and tokens are stored in plain text in the settings file %1 (no keychain: %2).</source>
        <translation>記憶したパスワードとトークンは設定ファイル %1 に平文で保存されます (キーチェーンなし: %2)。</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>No keychain: stored in plain text in %1</source>
        <translation>キーチェーンなし: %1 に平文で保存されます</translation>
    </message>
</context>
<context>
    <name>StatusPublisher</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1 で待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Server address: host[:port], http(s):// or ws(s):// URL, with a path prefix for reverse proxies. Default: $COMFYSCOPE_SERVER or 127.0.0.1:8188.</source>
        <translation>サーバーアドレス: host[:port]、http(s):// または ws(s):// の URL (リバースプロキシ用のパスプレフィックス付きも可)。既定: $COMFYSCOPE_SERVER または 127.0.0.1:8188。</translation>
    </message>
    <message>
        <source>Comfy-User header (a user id, --multi-user servers).</source>
        <translation>Comfy-User ヘッダー (ユーザー ID。--multi-user のサーバー)。</translation>
    </message>
    <message>
        <source>Send &apos;Authorization: Bearer&apos; with the token read from this environment variable.</source>
        <translation>この環境変数から読んだトークンで &apos;Authorization: Bearer&apos; を送信する。</translation>
    </message>
    <message>
        <source>HTTP Basic user; the password is read from $COMFYSCOPE_PASSWORD.</source>
        <translation>HTTP Basic のユーザー。パスワードは $COMFYSCOPE_PASSWORD から読みます。</translation>
    </message>
    <message>
        <source>Add ?token= (ComfyUI-Login) read from this environment variable to every request.</source>
        <translation>この環境変数から読んだ ?token= (ComfyUI-Login) をすべてのリクエストに付ける。</translation>
    </message>
    <message>
        <source>Extra header &apos;Name: value&apos; for every request (repeatable).</source>
        <translation>すべてのリクエストに付ける追加ヘッダー &apos;Name: value&apos; (繰り返し可)。</translation>
    </message>
    <message>
        <source>REST request timeout in milliseconds (default 30000).</source>
        <translation>REST リクエストのタイムアウト (ミリ秒、既定 30000)。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>error: bad --header &apos;%1&apos; (want &apos;Name: value&apos;)</source>
        <translation>エラー: --header &apos;%1&apos; が不正です (&apos;Name: value&apos; の形式にしてください)</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>ディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>エラー: 不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Listen as this client id: prompts queued by another tool with this client_id are seen in full. Default: a new UUID.</source>
        <translation>このクライアント ID で待ち受ける: 他のツールがこの client_id でキューに追加したプロンプトをすべて見られます。既定: 新しい UUID。</translation>
    </message>
    <message>
        <source>Stop after N server events.</source>
        <translation>サーバーイベントを N 件受け取ったら停止する。</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>S 秒後に停止する。</translation>
    </message>
    <message>
        <source>Save every received image into DIR and print the file name.</source>
        <translation>受信した画像をすべて DIR に保存し、ファイル名を出力する。</translation>
    </message>
    <message>
        <source>Do not send feature_flags: previews come as anonymous type 1 frames.</source>
        <translation>feature_flags を送信しない: プレビューは匿名のタイプ 1 フレームで届きます。</translation>
    </message>
    <message>
        <source>ComfyDeploy socket: auto (default), on or off.</source>
        <translation>ComfyDeploy ソケット: auto (既定)、on、off。</translation>
    </message>
    <message>
        <source>Give up with exit status 3 if no connection is made within S seconds (default 10).</source>
        <translation>S 秒以内に接続できなければ終了ステータス 3 で諦める (既定 10)。</translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation>エラー: %1 に到達できません: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>オプションは --help で表示します。</translation>
    </message>
    <message>
        <source>error: --%1 needs a number, not &apos;%2&apos;</source>
        <translation>エラー: --%1 には数値が必要です (&apos;%2&apos; ではなく)</translation>
    </message>
    <message>
        <source>Trust the server&apos;s TLS certificate only if its SHA-256 fingerprint is this (hex).</source>
        <translation>サーバーの TLS 証明書の SHA-256 フィンガープリントがこれと一致する場合のみ信頼します (16 進)。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private CA).</source>
        <translation>この PEM ファイルの CA 証明書も信頼します (プライベート CA)。</translation>
    </message>
    <message>
        <source>error: no PEM certificate in %1</source>
        <translation>エラー: %1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <source>waiting in the queue</source>
        <translation>キューで待機中</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>残り時間不明</translation>
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
        <translation>使い方: comfyscope-cli コマンド [オプション]

コマンド:
  watch       サーバーのすべてのイベントを JSON 行で出力
  submit      API 形式のワークフロー (JSON ファイル) をキューに追加。--wait で完了まで追跡
  queue       キューを一覧表示。--cancel ID、--clear
  history     完了したプロンプトを一覧表示。--max N
  stats       サーバーのバージョン、デバイス、メモリ (/system_stats)
  interrupt   実行中のプロンプトを停止 (または --prompt-id ID のみ)
  simulate    組み込みのシミュレーション ComfyUI サーバーを起動
  monitor     フリートをウィンドウなしで監視: アラート、ログ行、Prometheus メトリクス、Webhook

コマンドのオプションは &apos;comfyscope-cli コマンド --help&apos; で表示します。
終了ステータス: 0 成功、1 実行エラー、2 検証エラー、3 接続失敗、64 使い方の誤り。
</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1: サーバーがありません</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice</source>
        <translation>%1: 名前「%2」が 2 回使われています</translation>
    </message>
    <message>
        <source>The fleet file (JSON or INI) with the servers to watch.</source>
        <translation>監視するサーバーを記したフリートファイル (JSON または INI)。</translation>
    </message>
    <message>
        <source>Override one alert rule: KEY=VALUE with KEY server_down, stall, execution_error, queue_depth, vram_high or restarted and VALUE a threshold (seconds, jobs, percent), on or off. Repeatable.</source>
        <translation>アラートルールを 1 つ上書きします: KEY=VALUE の形式で、KEY は server_down、stall、execution_error、queue_depth、vram_high、restarted のいずれか、VALUE はしきい値 (秒、ジョブ数、パーセント)、on または off。複数指定可。</translation>
    </message>
    <message>
        <source>Start from the alert rules saved by the monitoring station (Station Settings) of this user.</source>
        <translation>このユーザーの監視ステーション (ステーション設定) に保存されたアラートルールから開始します。</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on http://ADDR/metrics (e.g. 127.0.0.1:9464; a bare port binds 127.0.0.1).</source>
        <translation>Prometheus メトリクスを http://ADDR/metrics で提供します (例: 127.0.0.1:9464。ポートのみの場合は 127.0.0.1 にバインド)。</translation>
    </message>
    <message>
        <source>Require &apos;Authorization: Bearer TOKEN&apos; on /metrics (visible in the process list: prefer --metrics-token-env).</source>
        <translation>/metrics で &apos;Authorization: Bearer TOKEN&apos; を必須にします (プロセス一覧に表示されるため --metrics-token-env を推奨)。</translation>
    </message>
    <message>
        <source>Read the /metrics bearer token from this environment variable.</source>
        <translation>/metrics の Bearer トークンをこの環境変数から読み取ります。</translation>
    </message>
    <message>
        <source>POST alerts (and with --notify-jobs job completions) as JSON to URL. Repeatable; FORMAT+URL (e.g. slack+https://…) picks the format of one URL.</source>
        <translation>アラート (--notify-jobs 指定時はジョブ完了も) を JSON で URL に POST します。複数指定可。FORMAT+URL (例: slack+https://…) で URL ごとに形式を選べます。</translation>
    </message>
    <message>
        <source>A webhook URL read from this environment variable (for URLs with tokens). Repeatable.</source>
        <translation>この環境変数から読み取る Webhook URL (トークンを含む URL 向け)。複数指定可。</translation>
    </message>
    <message>
        <source>A webhook URL read from the system keychain entry KEY. Repeatable.</source>
        <translation>システムのキーチェーン項目 KEY から読み取る Webhook URL。複数指定可。</translation>
    </message>
    <message>
        <source>Body format of the webhooks: generic (default), slack, discord or ntfy.</source>
        <translation>Webhook の本文形式: generic (既定)、slack、discord、ntfy。</translation>
    </message>
    <message>
        <source>Also send every job completion to the webhooks.</source>
        <translation>ジョブの完了もすべて Webhook に送信します。</translation>
    </message>
    <message>
        <source>Poll /system_stats every S seconds (default 10; 0 only on connect).</source>
        <translation>/system_stats を S 秒ごとに取得します (既定 10。0 は接続時のみ)。</translation>
    </message>
    <message>
        <source>error: --fleet FILE is required</source>
        <translation>エラー: --fleet FILE が必要です</translation>
    </message>
    <message>
        <source>error: --webhook-format must be generic, slack, discord or ntfy, not &quot;%1&quot;</source>
        <translation>エラー: --webhook-format は generic、slack、discord、ntfy のいずれかです (「%1」は不可)</translation>
    </message>
    <message>
        <source>error: --stats-interval: not a number of seconds: %1</source>
        <translation>エラー: --stats-interval: 秒数ではありません: %1</translation>
    </message>
    <message>
        <source>error: --webhook-env: the environment variable %1 is not set</source>
        <translation>エラー: --webhook-env: 環境変数 %1 が設定されていません</translation>
    </message>
    <message>
        <source>error: --webhook-keychain: no keychain entry &quot;%1&quot; (%2)</source>
        <translation>エラー: --webhook-keychain: キーチェーン項目「%1」がありません (%2)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>error: --metrics-token-env: the environment variable %1 is not set</source>
        <translation>エラー: --metrics-token-env: 環境変数 %1 が設定されていません</translation>
    </message>
    <message>
        <source>error: a metrics token needs --metrics ADDR</source>
        <translation>エラー: メトリクスのトークンには --metrics ADDR が必要です</translation>
    </message>
    <message>
        <source>error: %1: unknown webhook format &quot;%2&quot;</source>
        <translation>エラー: %1: 不明な Webhook 形式「%2」</translation>
    </message>
    <message>
        <source>Follow every client&apos;s prompts through the ComfyScope relay when the server has it (installer/comfyui-relay); the token is read from $COMFYSCOPE_RELAY_TOKEN. Relayed events carry &quot;relayed&quot;: true and the submitting &quot;client&quot;.</source>
        <translation>サーバーに ComfyScope リレー (installer/comfyui-relay) があれば、すべてのクライアントのプロンプトを追跡します。トークンは $COMFYSCOPE_RELAY_TOKEN から読み取ります。中継されたイベントには &quot;relayed&quot;: true と送信元の &quot;client&quot; が付きます。</translation>
    </message>
    <message>
        <source>relay: %1</source>
        <translation>リレー: %1</translation>
    </message>
    <message>
        <source>Watch every server of a fleet file with the monitoring station&apos;s alert rules, without a window: one log line per event (connections, alerts raised and resolved, jobs), Prometheus metrics on /metrics, alerts and job completions as webhooks.

Alert thresholds: the built-in defaults (server_down=30 stall=120 execution_error=on queue_depth=off vram_high=off restarted=on), then the station&apos;s saved settings with --station-settings, then the fleet file&apos;s &quot;rules&quot; object (JSON) or [rules] group (INI), then each --rule.
Signals: SIGHUP reloads the fleet file (unchanged servers keep their state); SIGTERM and SIGINT stop cleanly with exit status 0.
--db FILE keeps every finished job, a health sample per server every 10 s and the alerts in the station&apos;s SQLite job database (one writer at a time).

Exit status: 0 after SIGTERM/SIGINT or --duration, 64 usage error, 66 the fleet file cannot be read, 3 the metrics address cannot be listened on.</source>
        <translation>フリートファイルの全サーバーを監視ステーションのアラートルールでウィンドウなしに監視します: イベントごとに 1 行のログ (接続、アラートの発生と解決、ジョブ)、/metrics での Prometheus メトリクス、アラートとジョブ完了の Webhook 送信。

アラートのしきい値: 組み込みの既定値 (server_down=30 stall=120 execution_error=on queue_depth=off vram_high=off restarted=on)、次に --station-settings 指定時はステーションの保存済み設定、次にフリートファイルの &quot;rules&quot; オブジェクト (JSON) または [rules] グループ (INI)、最後に各 --rule。
シグナル: SIGHUP でフリートファイルを再読み込みします (変更のないサーバーは状態を保持)。SIGTERM と SIGINT では終了ステータス 0 で正常に停止します。
--db FILE は、終了したすべてのジョブ、サーバーごとに 10 秒ごとの状態サンプル、アラートをステーションの SQLite ジョブデータベースに記録します（書き込みは一度に 1 つのプロセスのみ）。

終了ステータス: SIGTERM/SIGINT または --duration の後は 0、使い方の誤りは 64、フリートファイルを読めない場合は 66、メトリクスのアドレスで待ち受けできない場合は 3。</translation>
    </message>
    <message>
        <source>Record jobs, server samples and alerts in this SQLite job database (the station&apos;s format).</source>
        <translation>ジョブ、サーバーのサンプル、アラートをこの SQLite ジョブデータベースに記録します（ステーションと同じ形式）。</translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server on 127.0.0.1 (HTTP and WebSocket on one port). It speaks the real protocol (v0.8.0 or v0.3.18), runs weight-free workflows with real images, and can generate a steady demo workload.</source>
        <translation>組み込みのシミュレーション ComfyUI サーバーを 127.0.0.1 で起動します (HTTP と WebSocket を 1 つのポートで)。本物のプロトコル (v0.8.0 または v0.3.18) を話し、モデルの重みなしで実際の画像を使うワークフローを実行し、一定のデモ負荷を生成できます。</translation>
    </message>
    <message>
        <source>Port (default 8188; 0 picks a free one).</source>
        <translation>ポート (既定 8188。0 で空きポートを選択)。</translation>
    </message>
    <message>
        <source>Protocol version: 0.8.0 (default) or 0.3.18.</source>
        <translation>プロトコルバージョン: 0.8.0 (既定) または 0.3.18。</translation>
    </message>
    <message>
        <source>Serve every route under this path prefix.</source>
        <translation>すべてのルートをこのパスプレフィックスの下で提供する。</translation>
    </message>
    <message>
        <source>Also serve ComfyDeploy&apos;s /comfyui-deploy/ws.</source>
        <translation>ComfyDeploy の /comfyui-deploy/ws も提供する。</translation>
    </message>
    <message>
        <source>Also serve the ComfyScope relay (/comfyscope/relay), with $COMFYSCOPE_RELAY_TOKEN as its token when set.</source>
        <translation>ComfyScope リレー (/comfyscope/relay) も提供します。$COMFYSCOPE_RELAY_TOKEN が設定されていればそれをトークンにします。</translation>
    </message>
    <message>
        <source>Server preview method (default auto).</source>
        <translation>サーバーのプレビュー方式 (既定 auto)。</translation>
    </message>
    <message>
        <source>Milliseconds per sampler step (default 60).</source>
        <translation>サンプラーの 1 ステップあたりのミリ秒 (既定 60)。</translation>
    </message>
    <message>
        <source>Queue a demo workflow for the newest client every MS milliseconds.</source>
        <translation>MS ミリ秒ごとに最新のクライアント向けにデモワークフローをキューに追加する。</translation>
    </message>
    <message>
        <source>Load mode: stream N previews per second (512x512 JPEG with progress and progress_state) to every connected client; each preview&apos;s metadata carries sent_ns for latency measurements (see &apos;watch&apos;).</source>
        <translation>負荷モード: 接続中の各クライアントに毎秒 N 枚のプレビュー (progress と progress_state 付きの 512x512 JPEG) を送信します。各プレビューのメタデータには遅延測定用の sent_ns が含まれます (&apos;watch&apos; を参照)。</translation>
    </message>
    <message>
        <source>Run N simulated servers in this process, on N ports (with --port P &gt; 0: P, P+1, …), one &apos;listening on&apos; line each (default 1).</source>
        <translation>このプロセスで N 台のシミュレートサーバーを N 個のポートで実行します (--port P &gt; 0 のときは P, P+1, …)。各サーバーにつき &apos;listening on&apos; の行を 1 行出力します (既定 1)。</translation>
    </message>
    <message>
        <source>error: --servers must be between 1 and 1000</source>
        <translation>エラー: --servers は 1 から 1000 の間で指定してください</translation>
    </message>
    <message>
        <source>error: cannot listen on port %1</source>
        <translation>エラー: ポート %1 で待ち受けできません</translation>
    </message>
    <message>
        <source>simulated ComfyUI listening on %1</source>
        <translation>シミュレーション ComfyUI が %1 で待ち受け中</translation>
    </message>
    <message>
        <source>error: this build has no simulator</source>
        <translation>エラー: このビルドにはシミュレーターがありません</translation>
    </message>
    <message>
        <source>Watch a ComfyUI server. On a terminal: a progress line for the running job (bar, job, node, step, ETA), a line per finished job and connection change. Piped or with --json: one JSON object per line for every event: server messages, binary frames (kind, format, size, prompt and node), connection changes and protocol errors.

Exit status: 0 at the normal end (--count or --timeout reached, or SIGINT), 3 when the server cannot be reached at start.</source>
        <translation>ComfyUI サーバーを監視します。端末では、実行中のジョブの進捗行（バー、ジョブ、ノード、ステップ、残り時間）と、ジョブの終了や接続の変化ごとに 1 行を表示します。パイプ経由または --json 指定時は、すべてのイベント（サーバーメッセージ、バイナリフレーム（種類、形式、サイズ、プロンプト、ノード）、接続の変化、プロトコルエラー）を 1 行 1 つの JSON オブジェクトとして出力します。

終了ステータス: 正常終了（--count または --timeout に到達、または SIGINT）で 0、起動時にサーバーに接続できない場合は 3。</translation>
    </message>
    <message>
        <source>Print JSON lines also on a terminal (the default when the output is piped).</source>
        <translation>端末でも JSON 行を出力します (パイプ出力時の既定)。</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>connected to %1 without WebSocket: polling</source>
        <translation>%1 に WebSocket なしで接続しました: ポーリング中</translation>
    </message>
    <message>
        <source>lost %1 (%2), reconnecting</source>
        <translation>%1 との接続が切れました（%2）。再接続中</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>With --workload: skip a turn while N prompts are already waiting (default 0: no limit).</source>
        <translation>--workload と併用: すでに N 件のプロンプトが待機している間はその回をスキップします（既定値 0: 制限なし）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch a ComfyUI server: queue, progress, live previews and outputs.</source>
        <translation>ComfyUI サーバーを監視: キュー、進捗、ライブプレビュー、出力。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run the built-in demo server and watch it.</source>
        <translation>組み込みのデモサーバーを起動して監視する。</translation>
    </message>
    <message>
        <source>Start in full screen.</source>
        <translation>全画面で起動する。</translation>
    </message>
    <message>
        <source>Auto-save outputs to this folder for this session.</source>
        <translation>このセッションの出力をこのフォルダーに自動保存する。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>This build has no demo server.
</source>
        <translation>このビルドにはデモサーバーがありません。
</translation>
    </message>
    <message>
        <source>Once connected, queue this API-format workflow (JSON) and follow it. May be given more than once.</source>
        <translation>接続後、この API 形式のワークフロー (JSON) をキューに追加して追跡する。複数回指定可。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Connect to this server (host:port or URL). Given more than once, the monitoring station watches them all.</source>
        <translation>このサーバーに接続する (host:port または URL)。複数指定すると監視ステーションがすべてを監視します。</translation>
    </message>
    <message>
        <source>Open the monitoring station (many servers, alerts, wall mode). With --demo: watch simulated servers.</source>
        <translation>監視ステーションを開く (複数サーバー、アラート、ウォールモード)。--demo 付きでシミュレーションサーバーを監視。</translation>
    </message>
    <message>
        <source>Watch the servers of this fleet file (JSON or INI) in the monitoring station.</source>
        <translation>このフリートファイル (JSON または INI) のサーバーを監視ステーションで監視する。</translation>
    </message>
    <message>
        <source>Start the monitoring station in wall mode.</source>
        <translation>監視ステーションをウォールモードで起動する。</translation>
    </message>
    <message>
        <source>Start the monitoring station locked (read-only: no interrupt, cancel or clear).</source>
        <translation>監視ステーションをロックした状態で起動する (読み取り専用: 中断、キャンセル、消去なし)。</translation>
    </message>
    <message>
        <source>Number of simulated servers for --station --demo (default 8).</source>
        <translation>--station --demo のシミュレーションサーバー数 (既定 8)。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Write the fleet&apos;s state as JSON to this file every few seconds (monitoring station).</source>
        <translation>フリートの状態を数秒ごとに JSON としてこのファイルに書き込む (監視ステーション)。</translation>
    </message>
    <message>
        <source>Serve the fleet&apos;s state as JSON on http://127.0.0.1:PORT/status.json (monitoring station).</source>
        <translation>フリートの状態を JSON として http://127.0.0.1:PORT/status.json で提供する (監視ステーション)。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>--status-port: not a port number: %1
</source>
        <translation>--status-port: ポート番号ではありません: %1
</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics of the fleet on http://ADDR/metrics, e.g. 127.0.0.1:9464 (monitoring station; a bearer token from $COMFYSCOPE_METRICS_TOKEN when set).</source>
        <translation>フリートの Prometheus メトリクスを http://ADDR/metrics で提供します (例: 127.0.0.1:9464。監視ステーション。$COMFYSCOPE_METRICS_TOKEN が設定されていれば Bearer トークンとして使用)。</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Follow every client&apos;s jobs live through the ComfyScope relay on the --server servers when they have it (token from $COMFYSCOPE_RELAY_TOKEN).</source>
        <translation>--server で指定したサーバーに ComfyScope リレーがあれば、すべてのクライアントのジョブをライブで追跡します (トークンは $COMFYSCOPE_RELAY_TOKEN から)。</translation>
    </message>
    <message>
        <source>With --station --demo: fill the job history with this many days of simulated jobs and samples.</source>
        <translation>--station --demo と併用: ジョブ履歴をこの日数分のシミュレートしたジョブと計測値で埋めます。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Open the Trends window of this server (&quot;fleet&quot; for the whole fleet) at start (monitoring station).</source>
        <translation>起動時にこのサーバーのトレンドウィンドウを開きます（フリート全体は &quot;fleet&quot;）（監視ステーション）。</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Keep the job history (trends, History) in this SQLite file instead of the default one (viewer and monitoring station).</source>
        <translation>ジョブ履歴（トレンド、履歴）を既定のファイルではなくこの SQLite ファイルに保存します（ビューアーと監視ステーション）。</translation>
    </message>
    <message>
        <source>Open the History browser (every stored job of the fleet) at start (monitoring station).</source>
        <translation>起動時に履歴ブラウザー（フリートの保存済みジョブすべて）を開きます（監視ステーション）。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertEngine</name>
    <message>
        <source>The server restarted: %1</source>
        <translation>Der Server wurde neu gestartet: %1</translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s</source>
        <translation>Seit mehr als %1 s nicht erreichbar</translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s: %2</source>
        <translation>Seit mehr als %1 s nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Job %1 shows no progress for more than %2 s (node %3)</source>
        <translation>Job %1 zeigt seit mehr als %2 s keinen Fortschritt (Knoten %3)</translation>
    </message>
    <message>
        <source>%1 jobs in the queue (limit %2)</source>
        <translation>%1 Jobs in der Warteschlange (Grenze %2)</translation>
    </message>
    <message>
        <source>VRAM %1 % used (limit %2 %)</source>
        <translation>VRAM zu %1 % belegt (Grenze %2 %)</translation>
    </message>
    <message>
        <source>Acknowledged, still active</source>
        <translation>Bestätigt, noch aktiv</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ComfyScope</name>
    <message>
        <source>no valid server address</source>
        <translation>keine gültige Serveradresse</translation>
    </message>
    <message>
        <source>the server sent a message larger than the %1 byte cap; reconnecting</source>
        <translation>der Server sandte eine Nachricht über der Grenze von %1 Byte; Verbindung wird neu aufgebaut</translation>
    </message>
    <message>
        <source>connection closed by the server (code %1)%2</source>
        <translation>Verbindung vom Server geschlossen (Code %1)%2</translation>
    </message>
    <message>
        <source>polling failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>text message of %1 bytes exceeds the cap</source>
        <translation>Textnachricht mit %1 Byte überschreitet die Grenze</translation>
    </message>
    <message>
        <source>no WebSocket handshake within %1 s</source>
        <translation>kein WebSocket-Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no answer to WebSocket ping within %1 s; reconnecting</source>
        <translation>keine Antwort auf WebSocket-Ping innerhalb von %1 s; Verbindung wird neu aufgebaut</translation>
    </message>
    <message>
        <source>reconnect requested</source>
        <translation>Neuverbindung angefordert</translation>
    </message>
    <message>
        <source>status.exec_info.queue_remaining is missing or not a number</source>
        <translation>status.exec_info.queue_remaining fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>negative queue_remaining</source>
        <translation>negatives queue_remaining</translation>
    </message>
    <message>
        <source>field &apos;status&apos; is not an object</source>
        <translation>Feld &apos;status&apos; ist kein Objekt</translation>
    </message>
    <message>
        <source>missing field &apos;status&apos;</source>
        <translation>Feld &apos;status&apos; fehlt</translation>
    </message>
    <message>
        <source>missing field &apos;node&apos;</source>
        <translation>Feld &apos;node&apos; fehlt</translation>
    </message>
    <message>
        <source>field &apos;nodes&apos; is missing or not an object</source>
        <translation>Feld &apos;nodes&apos; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>node entry &apos;%1&apos; is not an object</source>
        <translation>Knoteneintrag &apos;%1&apos; ist kein Objekt</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2</source>
        <translation>Knoten &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>field &apos;output&apos; is not an object</source>
        <translation>Feld &apos;output&apos; ist kein Objekt</translation>
    </message>
    <message>
        <source>field &apos;max_upload_size&apos; is not a number</source>
        <translation>Feld &apos;max_upload_size&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>field &apos;entries&apos; is missing or not a list</source>
        <translation>Feld &apos;entries&apos; fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at offset %2</source>
        <translation>fehlerhaftes JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <source>message is not a JSON object</source>
        <translation>Nachricht ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>message has no string &apos;%1&apos;</source>
        <translation>Nachricht hat keine Zeichenkette &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;data&apos; is missing or not an object</source>
        <translation>%1: &apos;data&apos; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>binary frame of %1 bytes exceeds the %2 byte cap</source>
        <translation>Binärframe mit %1 Byte überschreitet die Grenze von %2 Byte</translation>
    </message>
    <message>
        <source>binary frame of %1 bytes is shorter than its %2 byte header</source>
        <translation>Binärframe mit %1 Byte ist kürzer als sein Kopf von %2 Byte</translation>
    </message>
    <message>
        <source>preview frame without image</source>
        <translation>Vorschau-Frame ohne Bild</translation>
    </message>
    <message>
        <source>type 4 metadata length %1 runs past the frame end (%2 bytes)</source>
        <translation>Typ-4-Metadatenlänge %1 reicht über das Frame-Ende hinaus (%2 Byte)</translation>
    </message>
    <message>
        <source>type 4 metadata is not a JSON object</source>
        <translation>Typ-4-Metadaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>type 4 metadata: %1</source>
        <translation>Typ-4-Metadaten: %1</translation>
    </message>
    <message>
        <source>type 4 frame without image</source>
        <translation>Typ-4-Frame ohne Bild</translation>
    </message>
    <message>
        <source>TEXT frame prompt id length runs past the frame end</source>
        <translation>Länge der Prompt-ID im TEXT-Frame reicht über das Frame-Ende hinaus</translation>
    </message>
    <message>
        <source>TEXT frame ends before its node id length</source>
        <translation>TEXT-Frame endet vor der Länge der Knoten-ID</translation>
    </message>
    <message>
        <source>TEXT frame node id length %1 runs past the frame end (%2 bytes)</source>
        <translation>Länge der Knoten-ID %1 im TEXT-Frame reicht über das Frame-Ende hinaus (%2 Byte)</translation>
    </message>
    <message>
        <source>unknown binary event type %1</source>
        <translation>unbekannter binärer Ereignistyp %1</translation>
    </message>
    <message>
        <source>unknown ComfyDeploy binary event %1</source>
        <translation>unbekanntes binäres ComfyDeploy-Ereignis %1</translation>
    </message>
    <message>
        <source>ComfyDeploy frame of %1 bytes ends inside its 24-byte output_id</source>
        <translation>ComfyDeploy-Frame mit %1 Byte endet innerhalb seiner 24-Byte-output_id</translation>
    </message>
    <message>
        <source>ComfyDeploy frame without image</source>
        <translation>ComfyDeploy-Frame ohne Bild</translation>
    </message>
    <message>
        <source>%1: no answer from the server in time</source>
        <translation>%1: keine rechtzeitige Antwort vom Server</translation>
    </message>
    <message>
        <source>%1: aborted</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: unexpected response body</source>
        <translation>%1: unerwarteter Antwortinhalt</translation>
    </message>
    <message>
        <source>%1: response is not JSON</source>
        <translation>%1: Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <source>node %1 (%2): %3</source>
        <translation>Knoten %1 (%2): %3</translation>
    </message>
    <message>
        <source>POST /prompt: the answer has no prompt_id</source>
        <translation>POST /prompt: die Antwort enthält keine prompt_id</translation>
    </message>
    <message>
        <source>GET /queue: no queue_running/queue_pending lists</source>
        <translation>GET /queue: keine Listen queue_running/queue_pending</translation>
    </message>
    <message>
        <source>GET /history: the answer is not a JSON object</source>
        <translation>GET /history: die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>GET /api/jobs: no jobs list</source>
        <translation>GET /api/jobs: keine Job-Liste</translation>
    </message>
    <message>
        <source>upload: the answer has no name</source>
        <translation>Upload: die Antwort enthält keinen Namen</translation>
    </message>
    <message>
        <source>empty server address</source>
        <translation>leere Serveradresse</translation>
    </message>
    <message>
        <source>not a valid server address: %1</source>
        <translation>keine gültige Serveradresse: %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (use http, https, ws or wss)</source>
        <translation>nicht unterstütztes Schema &apos;%1&apos; (http, https, ws oder wss verwenden)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>Verbindung zu „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund antwortete nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no application object</source>
        <translation>kein Anwendungsobjekt</translation>
    </message>
    <message>
        <source>no D-Bus session bus for a secret service</source>
        <translation>kein D-Bus-Sitzungsbus für einen Secret Service</translation>
    </message>
    <message>
        <source>the keychain returned another value</source>
        <translation>der Schlüsselbund lieferte einen anderen Wert</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>Knoten %1 (%2): %3</translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation>Unterbrochen bei Knoten %1 (%2)</translation>
    </message>
    <message>
        <source>The job left the queue without a history entry (server restarted?).</source>
        <translation>Der Job hat die Warteschlange ohne Verlaufseintrag verlassen (Server neu gestartet?).</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Reachable (polling REST)</source>
        <translation>Erreichbar (REST-Abfrage)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finished in %1; outputs: %2</source>
        <translation>Fertig in %1; Ausgaben: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>Job %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation>Aus der Warteschlange entfernt</translation>
    </message>
    <message>
        <source>the server reports a different version or command line</source>
        <translation>der Server meldet eine andere Version oder Befehlszeile</translation>
    </message>
    <message>
        <source>its history no longer has prompt %1</source>
        <translation>sein Verlauf kennt Prompt %1 nicht mehr</translation>
    </message>
    <message>
        <source>Server restarted (%1)</source>
        <translation>Server neu gestartet (%1)</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (SHA-256 %1): %2</source>
        <translation>TLS-Zertifikat nicht vertrauenswürdig (SHA-256 %1): %2</translation>
    </message>
    <message>
        <source>Session resumed (%1)</source>
        <translation>Sitzung fortgesetzt (%1)</translation>
    </message>
    <message>
        <source>Session started (%1)</source>
        <translation>Sitzung gestartet (%1)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Seen in the queue (another client)</source>
        <translation>In der Warteschlange gesehen (anderer Client)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>the server refused the WebSocket connection (HTTP %1)</source>
        <translation>der Server hat die WebSocket-Verbindung abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (%1); SHA-256 %2</source>
        <translation>TLS-Zertifikat nicht vertrauenswürdig (%1); SHA-256 %2</translation>
    </message>
    <message>
        <source>no status broadcast after queuing a prompt: the server lost this connection&apos;s registration; reconnecting</source>
        <translation>kein Status-Broadcast nach dem Einreihen eines Prompts: der Server hat die Registrierung dieser Verbindung verloren; neu verbinden</translation>
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
        <translation>ComfyUI %1 (%2)</translation>
    </message>
    <message>
        <source>GPU%1 %2: VRAM %3 %</source>
        <translation>GPU%1 %2: VRAM %3 %</translation>
    </message>
    <message>
        <source>frontend required %1</source>
        <translation>Frontend erforderlich: %1</translation>
    </message>
    <message>
        <source>packages: %1</source>
        <translation>Pakete: %1</translation>
    </message>
    <message>
        <source>prompt id &quot;%1&quot; is not a lowercase UUID such as c3df5ecf-7669-447b-a418-f9e91d115513</source>
        <translation>Prompt-ID „%1“ ist keine UUID in Kleinbuchstaben wie c3df5ecf-7669-447b-a418-f9e91d115513</translation>
    </message>
    <message>
        <source>the server&apos;s queue changed but no status broadcast reached this connection: the server lost its registration; reconnecting</source>
        <translation>die Warteschlange des Servers hat sich geändert, aber kein Status-Broadcast erreichte diese Verbindung: der Server hat ihre Registrierung verloren; neu verbinden</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 byte cap</source>
        <translation>%1: die Antwort überschreitet die Grenze von %2 Byte</translation>
    </message>
    <message>
        <source>%1: the answer did not complete within %2 s</source>
        <translation>%1: die Antwort war nicht innerhalb von %2 s vollständig</translation>
    </message>
    <message>
        <source>class %1 is not installed on the server</source>
        <translation>Klasse %1 ist auf dem Server nicht installiert</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Asset scan failed: %1</source>
        <translation>Asset-Scan fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Asset scan %1 (%2 files)</source>
        <translation>Asset-Scan %1 (%2 Dateien)</translation>
    </message>
    <message>
        <source>Asset scan %1</source>
        <translation>Asset-Scan %1</translation>
    </message>
    <message>
        <source>No job database file given.</source>
        <translation>Keine Datei für die Job-Datenbank angegeben.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing (package libqt6sql6-sqlite); the job database is off.</source>
        <translation>Der Qt-SQLite-Treiber fehlt (Paket libqt6sql6-sqlite); die Job-Datenbank ist aus.</translation>
    </message>
    <message>
        <source>The job database %1 is a folder, not a file.</source>
        <translation>Die Job-Datenbank %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the job database.</source>
        <translation>Der Ordner %1 für die Job-Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The job database %1 is already open in this program.</source>
        <translation>Die Job-Datenbank %1 ist in diesem Programm bereits geöffnet.</translation>
    </message>
    <message>
        <source>The job database %1 is in use by another ComfyScope (process %2 on %3). Only one station can write to it; use --db to choose another file.</source>
        <translation>Die Job-Datenbank %1 wird von einem anderen ComfyScope benutzt (Prozess %2 auf %3). Nur eine Station kann hineinschreiben; wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock beside the job database.</source>
        <translation>Die Sperrdatei %1.lock neben der Job-Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the job database %1: %2</source>
        <translation>Die Job-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot use the job database %1: %2</source>
        <translation>Die Job-Datenbank %1 ist nicht benutzbar: %2</translation>
    </message>
    <message>
        <source>The job database %1 is unreadable (%2) and could not be renamed aside; it was left as it is.</source>
        <translation>Die Job-Datenbank %1 ist unlesbar (%2) und konnte nicht beiseite umbenannt werden; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The job database %1 was unreadable (%2). It was kept as %3 and a new one was started.</source>
        <translation>Die Job-Datenbank %1 war unlesbar (%2). Sie wurde als %3 aufbewahrt und eine neue angelegt.</translation>
    </message>
    <message>
        <source>The job database %1 was written by a newer ComfyScope (schema %2, this one knows %3); it was left as it is.</source>
        <translation>Die Job-Datenbank %1 wurde von einem neueren ComfyScope geschrieben (Schema %2, dieses kennt %3); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot update the job database %1 to schema %2: %3</source>
        <translation>Die Job-Datenbank %1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: use HOST:PORT, e.g. 127.0.0.1:9464</source>
        <translation>„%1“ ist keine Adresse: HOST:PORT verwenden, z. B. 127.0.0.1:9464</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>Webhook %1: not an http:// or https:// URL</source>
        <translation>Webhook %1: keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>Auftrag %1 beendet: %2</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): queue full (%3 messages), dropping the oldest</source>
        <translation>Webhook %1 (%2): Warteschlange voll (%3 Nachrichten), die älteste wird verworfen</translation>
    </message>
    <message>
        <source>Webhook %1 (%2) delivers again</source>
        <translation>Webhook %1 (%2) stellt wieder zu</translation>
    </message>
    <message>
        <source>Webhook %1 (%2) failed: %3; retrying</source>
        <translation>Webhook %1 (%2) fehlgeschlagen: %3; neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): message dropped after %3 attempts (%4)</source>
        <translation>Webhook %1 (%2): Nachricht nach %3 Versuchen verworfen (%4)</translation>
    </message>
    <message>
        <source>relayed message without type or relay envelope</source>
        <translation>weitergeleitete Nachricht ohne Typ oder Relay-Umschlag</translation>
    </message>
    <message>
        <source>the ComfyScope relay on this server requires a token; none is set</source>
        <translation>das ComfyScope-Relay dieses Servers verlangt ein Token; es ist keines gesetzt</translation>
    </message>
    <message>
        <source>the ComfyScope relay wants a token (HTTP 401); none was sent</source>
        <translation>das ComfyScope-Relay verlangt ein Token (HTTP 401); es wurde keines gesendet</translation>
    </message>
    <message>
        <source>the ComfyScope relay refused the token (HTTP 403)</source>
        <translation>das ComfyScope-Relay hat das Token abgelehnt (HTTP 403)</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Following every client&apos;s jobs through the relay</source>
        <translation>Die Jobs aller Clients werden über das Relay verfolgt</translation>
    </message>
    <message>
        <source>Running for client %1 (relayed)</source>
        <translation>Läuft für Client %1 (über das Relay)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::AlertRules</name>
    <message>
        <source>Server down</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Job stalled</source>
        <translation>Job hängt</translation>
    </message>
    <message>
        <source>Execution error</source>
        <translation>Ausführungsfehler</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <source>VRAM use</source>
        <translation>VRAM-Belegung</translation>
    </message>
    <message>
        <source>Server restarted</source>
        <translation>Server neu gestartet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> jobs</source>
        <translation> Jobs</translation>
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
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>Not an image in a format this viewer can read.</source>
        <translation>Kein Bild in einem Format, das dieser Betrachter lesen kann.</translation>
    </message>
    <message>
        <source>Refused to decode a %1 × %2 image: it would need %3 of memory (the limit is %4 × %4 pixels and %5).</source>
        <translation>Dekodieren eines Bildes mit %1 × %2 abgelehnt: es bräuchte %3 Speicher (die Grenze ist %4 × %4 Pixel und %5).</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>Das Bild konnte nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AlertGroupModel</name>
    <message numerus="yes">
        <source>%1
%n time(s), first %2, last %3</source>
        <translation>
            <numerusform>%1
%n Mal, zuerst %2, zuletzt %3</numerusform>
            <numerusform>%1
%n Mal, zuerst %2, zuletzt %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AutoSaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Refused to save under the name &quot;%1&quot;.</source>
        <translation>Speichern unter dem Namen „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Too many files named like %1.</source>
        <translation>Zu viele Dateien mit Namen wie %1.</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectDialog</name>
    <message>
        <source>Remember passwords and tokens</source>
        <translation>Passwörter und Token speichern</translation>
    </message>
    <message>
        <source>Connect to a ComfyUI Server</source>
        <translation>Mit einem ComfyUI-Server verbinden</translation>
    </message>
    <message>
        <source>host:port, or a URL with a path prefix for a reverse proxy, e.g. https://example.org/comfy</source>
        <translation>Host:Port oder eine URL mit Pfadpräfix für einen Reverse-Proxy, z. B. https://example.org/comfy</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Benutzername und Passwort (Basic)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sent as ?token=… on every request (ComfyUI-Login and similar)</source>
        <translation>Wird bei jeder Anfrage als ?token=… gesendet (ComfyUI-Login und ähnliche)</translation>
    </message>
    <message>
        <source>&amp;Query token:</source>
        <translation>Abfrage-&amp;Token:</translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation>z. B. X-API-Key</translation>
    </message>
    <message>
        <source>Extra &amp;header:</source>
        <translation>Zusätzlicher &amp;Header:</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>Header-&amp;Wert:</translation>
    </message>
    <message>
        <source>Sent as the Comfy-User header (multi-user servers)</source>
        <translation>Wird als Comfy-User-Header gesendet (Mehrbenutzer-Server)</translation>
    </message>
    <message>
        <source>Comfy &amp;user:</source>
        <translation>Comfy-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the address of a ComfyUI server.</source>
        <translation>Geben Sie die Adresse eines ComfyUI-Servers ein.</translation>
    </message>
    <message>
        <source>Not a server address.</source>
        <translation>Keine Serveradresse.</translation>
    </message>
    <message>
        <source>The header name may not contain spaces or colons.</source>
        <translation>Der Header-Name darf weder Leerzeichen noch Doppelpunkte enthalten.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
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
        <translation>Wie dieser Server erreicht wird. Systemvorgabe: die Proxy-Einstellungen des Systems (oder keiner).</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default: 8080 for HTTP, 1080 for SOCKS5</source>
        <translation>Standard: 8080 für HTTP, 1080 für SOCKS5</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>Proxy-Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Pro&amp;xy: %1</source>
        <translation>Pro&amp;xy: %1</translation>
    </message>
    <message>
        <source>Enter the host name of the proxy.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein.</translation>
    </message>
    <message>
        <source>The proxy host is a host name or an IP address, without spaces or slashes.</source>
        <translation>Der Proxy-Host ist ein Hostname oder eine IP-Adresse, ohne Leerzeichen oder Schrägstriche.</translation>
    </message>
    <message>
        <source>Shows or hides more settings</source>
        <translation>Zeigt weitere Einstellungen an oder blendet sie aus</translation>
    </message>
    <message>
        <source>Follow every client&apos;s jobs (ComfyScope relay)</source>
        <translation>Jobs aller Clients verfolgen (ComfyScope-Relay)</translation>
    </message>
    <message>
        <source>When the server has the ComfyScope relay extension, show other clients&apos; jobs with live progress and previews</source>
        <translation>Wenn der Server die Erweiterung ComfyScope-Relay hat, die Jobs anderer Clients mit Live-Fortschritt und Vorschauen zeigen</translation>
    </message>
    <message>
        <source>The relay&apos;s COMFYSCOPE_RELAY_TOKEN</source>
        <translation>COMFYSCOPE_RELAY_TOKEN des Relays</translation>
    </message>
    <message>
        <source>&amp;Relay token:</source>
        <translation>&amp;Relay-Token:</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectionIndicator</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut …</translation>
    </message>
    <message>
        <source>Connected (polling)</source>
        <translation>Verbunden (Abfragemodus)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Server: %2</source>
        <translation>%1
Server: %2</translation>
    </message>
    <message>
        <source>
Last error: %1</source>
        <translation>
Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>
Click to connect to another server.</source>
        <translation>
Klicken, um mit einem anderen Server zu verbinden.</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Demo::DemoFleet</name>
    <message>
        <source>A demo server could not listen on a local port.</source>
        <translation>Ein Demo-Server konnte an keinem lokalen Port lauschen.</translation>
    </message>
    <message>
        <source>gpu-%1</source>
        <translation>gpu-%1</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation>Dieser Build hat keinen Demo-Server.</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Demo::DemoServer</name>
    <message>
        <source>The demo server could not listen on a local port.</source>
        <translation>Der Demo-Server konnte an keinem lokalen Port lauschen.</translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation>Dieser Build hat keinen Demo-Server.</translation>
    </message>
    <message>
        <source>Demo with a ComfyDeploy output</source>
        <translation>Demo mit einer ComfyDeploy-Ausgabe</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::DemoHistorySeeder</name>
    <message numerus="yes">
        <source>Filling the job history with %n day(s) of simulated jobs…</source>
        <translation>
            <numerusform>Fülle den Jobverlauf mit %n Tag simulierter Jobs…</numerusform>
            <numerusform>Fülle den Jobverlauf mit %n Tagen simulierter Jobs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo History</source>
        <translation>Demo-Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n simulated job(s) to the job database…</source>
        <translation>
            <numerusform>Schreibe %n simulierten Job in die Job-Datenbank…</numerusform>
            <numerusform>Schreibe %n simulierte Jobs in die Job-Datenbank…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected events (or all shown) to the clipboard</source>
        <translation>Die ausgewählten (oder alle angezeigten) Ereignisse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetQueueModel</name>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n Ausgabe</numerusform>
            <numerusform>%n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTableModel</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>another client: no live detail</source>
        <translation>anderer Client: keine Live-Details</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Running job</source>
        <translation>Laufender Job</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
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
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTileDelegate</name>
    <message>
        <source>Not watched</source>
        <translation>Nicht überwacht</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Down for %1</source>
        <translation>Nicht erreichbar seit %1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed/h</source>
        <translation>
            <numerusform>%n Fehler/h</numerusform>
            <numerusform>%n Fehler/h</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>(another client: no live detail)</source>
        <translation>(anderer Client: keine Live-Details)</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>No health data yet</source>
        <translation>Noch keine Systemdaten</translation>
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
        <translation>Last %1 %</translation>
    </message>
    <message>
        <source>GPU%1</source>
        <translation>GPU%1</translation>
    </message>
    <message>
        <source>queued by %1</source>
        <translation>eingereiht von %1</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>einem anderen Client</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Q %1</source>
        <translation>WS %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
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
        <translation>Dekodiere …</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
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
        <translation>Vorschau</translation>
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
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (abgeleitet)</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Format: %1, %2 × %3, %4</source>
        <translation>Format: %1, %2 × %3, %4</translation>
    </message>
    <message>
        <source>Previews received: %1 (showing the latest)</source>
        <translation>Empfangene Vorschauen: %1 (die neueste wird gezeigt)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>Gespeichert unter: %1</translation>
    </message>
    <message>
        <source>Image from node %1 of prompt %2: %3</source>
        <translation>Bild von Knoten %1 des Prompts %2: %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryView</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Show or hide %1 images</source>
        <translation>%1-Bilder ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Job:</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Miniaturgröße</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every image from the gallery (saved files stay)</source>
        <translation>Alle Bilder aus der Galerie entfernen (gespeicherte Dateien bleiben)</translation>
    </message>
    <message>
        <source>No images yet.
Sampler previews, WebSocket and ComfyDeploy outputs and the final images of every job appear here as they arrive.</source>
        <translation>Noch keine Bilder.
Sampler-Vorschauen, WebSocket- und ComfyDeploy-Ausgaben und die fertigen Bilder jedes Jobs erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 images</source>
        <translation>%1 von %2 Bildern angezeigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation>Prompt-ID kopieren</translation>
    </message>
    <message>
        <source>Show Only This Job</source>
        <translation>Nur diesen Job anzeigen</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Enthaltenden Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryBrowser</name>
    <message>
        <source>&amp;Newer</source>
        <translation>&amp;Neuere</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Ä&amp;ltere</translation>
    </message>
    <message>
        <source>&amp;Copy Error</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
    <message>
        <source>Open O&amp;utputs</source>
        <translation>A&amp;usgaben öffnen</translation>
    </message>
    <message>
        <source>&amp;Queue Again</source>
        <translation>Erneut in die &amp;Warteschlange</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Not succeeded</source>
        <translation>Nicht erfolgreich</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>name or hash</source>
        <translation>Name oder Hash</translation>
    </message>
    <message>
        <source>text of the error</source>
        <translation>Text des Fehlers</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Erg&amp;ebnis:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>E&amp;rror:</source>
        <translation>Feh&amp;ler:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Selected Jobs…</source>
        <translation>Ausgewählte Jobs…</translation>
    </message>
    <message>
        <source>All Matches…</source>
        <translation>Alle Treffer…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Double-click an output to open it</source>
        <translation>Doppelklick öffnet eine Ausgabe</translation>
    </message>
    <message>
        <source>Time per node</source>
        <translation>Zeit pro Node</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>The error text is on the clipboard.</source>
        <translation>Der Fehlertext ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>No job database is open.</source>
        <translation>Keine Job-Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No job matches.</source>
        <translation>Kein Job passt.</translation>
    </message>
    <message>
        <source>Jobs %1–%2 of %3</source>
        <translation>Jobs %1–%2 von %3</translation>
    </message>
    <message>
        <source>The workflow of this job is not known</source>
        <translation>Der Workflow dieses Jobs ist unbekannt</translation>
    </message>
    <message>
        <source>Queue the stored workflow again on %1</source>
        <translation>Den gespeicherten Workflow erneut auf %1 einreihen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>queued by this station</source>
        <translation>von dieser Station eingereiht</translation>
    </message>
    <message>
        <source>another client&apos;s, followed live through the relay</source>
        <translation>von einem anderen Client, live über das Relay verfolgt</translation>
    </message>
    <message>
        <source>another client&apos;s (from the server&apos;s history)</source>
        <translation>von einem anderen Client (aus dem Verlauf des Servers)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <source>Not recorded (the job was not followed live)</source>
        <translation>Nicht erfasst (der Job wurde nicht live verfolgt)</translation>
    </message>
    <message>
        <source>No outputs</source>
        <translation>Keine Ausgaben</translation>
    </message>
    <message>
        <source>No Outputs</source>
        <translation>Keine Ausgaben</translation>
    </message>
    <message>
        <source>Open O&amp;utputs (%1)</source>
        <translation>A&amp;usgaben öffnen (%1)</translation>
    </message>
    <message>
        <source>This job has no outputs.</source>
        <translation>Dieser Job hat keine Ausgaben.</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet: its outputs cannot be fetched.</source>
        <translation>%1 gehört nicht mehr zur Flotte: seine Ausgaben können nicht geholt werden.</translation>
    </message>
    <message>
        <source>%1 is not reachable now: its outputs cannot be fetched.</source>
        <translation>%1 ist gerade nicht erreichbar: seine Ausgaben können nicht geholt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n output(s) from %1…</source>
        <translation>
            <numerusform>Hole %n Ausgabe von %1…</numerusform>
            <numerusform>Hole %n Ausgaben von %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer on %2.</source>
        <translation>%1 ist nicht mehr auf %2.</translation>
    </message>
    <message>
        <source>%1 could not be fetched from %2: %3</source>
        <translation>%1 konnte nicht von %2 geholt werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) fetched from %1.</source>
        <translation>
            <numerusform>%n Ausgabe von %1 geholt.</numerusform>
            <numerusform>%n Ausgaben von %1 geholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n output(s) is on %1 any more (%2)</source>
        <translation>
            <numerusform>Die %n Ausgabe ist nicht mehr auf %1 (%2)</numerusform>
            <numerusform>Keine der %n Ausgaben ist mehr auf %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 outputs fetched; %3</source>
        <translation>%1 von %2 Ausgaben geholt; %3</translation>
    </message>
    <message>
        <source>The station is locked: nothing can be queued.</source>
        <translation>Die Station ist gesperrt: nichts kann eingereiht werden.</translation>
    </message>
    <message>
        <source>Choose a job first.</source>
        <translation>Zuerst einen Job auswählen.</translation>
    </message>
    <message>
        <source>The workflow of %1 is not stored; it cannot be queued again.</source>
        <translation>Der Workflow von %1 ist nicht gespeichert; er kann nicht erneut eingereiht werden.</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet.</source>
        <translation>%1 gehört nicht mehr zur Flotte.</translation>
    </message>
    <message>
        <source>%1 is not reachable now.</source>
        <translation>%1 ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>Queueing %1 on %2…</source>
        <translation>Reihe %1 auf %2 ein…</translation>
    </message>
    <message>
        <source>Queued %1 on %2 as %3</source>
        <translation>%1 auf %2 als %3 eingereiht</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Nothing to export: no job is selected.</source>
        <translation>Nichts zu exportieren: kein Job ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) written to %1</source>
        <translation>
            <numerusform>%n Job nach %1 geschrieben</numerusform>
            <numerusform>%n Jobs nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Matching Jobs</source>
        <translation>Alle passenden Jobs exportieren</translation>
    </message>
    <message>
        <source>Export Selected Jobs</source>
        <translation>Ausgewählte Jobs exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryDialog</name>
    <message>
        <source>Load More</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Double-click an output to open it in the viewer</source>
        <translation>Doppelklick auf eine Ausgabe öffnet sie im Betrachter</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade …</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Jobs shown: %1 (Load More for older ones)</source>
        <translation>Angezeigte Jobs: %1 („Mehr laden“ für ältere)</translation>
    </message>
    <message>
        <source>All jobs shown: %1</source>
        <translation>Alle Jobs angezeigt: %1</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>Cached nodes: %1</source>
        <translation>Zwischengespeicherte Knoten: %1</translation>
    </message>
    <message>
        <source>Error in node %1 (%2): %3</source>
        <translation>Fehler in Knoten %1 (%2): %3</translation>
    </message>
    <message>
        <source>Search prompt, status, date, client…</source>
        <translation>Prompt, Status, Datum, Client suchen…</translation>
    </message>
    <message numerus="yes">
        <source>Not connected: %n job(s) from the job database.</source>
        <translation>
            <numerusform>Nicht verbunden: %n Job aus der Job-Datenbank.</numerusform>
            <numerusform>Nicht verbunden: %n Jobs aus der Job-Datenbank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) from the job database.</source>
        <translation>
            <numerusform>%n Job aus der Job-Datenbank.</numerusform>
            <numerusform>%n Jobs aus der Job-Datenbank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the job database</source>
        <translation>
            <numerusform>%n aus der Job-Datenbank</numerusform>
            <numerusform>%n aus der Job-Datenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>From the job database (an earlier run)</source>
        <translation>Aus der Job-Datenbank (ein früherer Lauf)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryModel</name>
    <message>
        <source>Unknown</source>
        <comment>history outcome</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>this viewer</source>
        <translation>dieser Viewer</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Queued By</source>
        <translation>Eingereiht von</translation>
    </message>
    <message>
        <source>From the job database: seen in an earlier run; the server no longer lists it</source>
        <translation>Aus der Job-Datenbank: in einem früheren Lauf gesehen; der Server führt ihn nicht mehr</translation>
    </message>
    <message>
        <source>From the server&apos;s history</source>
        <translation>Aus dem Verlauf des Servers</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Job database</source>
        <translation>Job-Datenbank</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryOutputsModel</name>
    <message>
        <source>%1
%2 folder%3</source>
        <translation>%1
Ordner %2%3</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ImageCanvas</name>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::JobState</name>
    <message>
        <source>Pending</source>
        <comment>job state</comment>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job state</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>job state</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>job state</comment>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>job state</comment>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Lightbox</name>
    <message>
        <source>Image Viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Neuer</translation>
    </message>
    <message>
        <source>Previous (newer) image (Left)</source>
        <translation>Vorheriges (neueres) Bild (Links)</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>Next (older) image (Right)</source>
        <translation>Nächstes (älteres) Bild (Rechts)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Bild ins Fenster einpassen (F)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (1)</source>
        <translation>Ein Bildpixel pro Bildschirmpixel anzeigen (1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>Bild in die Zwischenablage kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder the image was auto-saved to</source>
        <translation>Den Ordner öffnen, in den das Bild automatisch gespeichert wurde</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Drag the image into another application (or drag the image itself when it fits the window)</source>
        <translation>Bild in eine andere Anwendung ziehen (oder das Bild selbst ziehen, wenn es ins Fenster passt)</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Loading the full image…</source>
        <translation>Lade das vollständige Bild …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not in the gallery view</source>
        <translation>nicht in der Galerieansicht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>inferred from the running node</source>
        <translation>vom laufenden Knoten abgeleitet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation>Kodiert</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Vorschauen</translation>
    </message>
    <message>
        <source>%1 received, showing the latest</source>
        <translation>%1 empfangen, die neueste wird gezeigt</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Gespeichert unter</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Embedded metadata</source>
        <translation>Eingebettete Metadaten</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>WebP-Bild (*.webp)</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Bild speichern unter</translation>
    </message>
    <message>
        <source>The image is still being decoded; try again.</source>
        <translation>Das Bild wird noch dekodiert; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
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
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>Automatisches Speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>ComfyScope %1 started</source>
        <translation>ComfyScope %1 gestartet</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Connect to a ComfyUI server (Ctrl+O)</source>
        <translation>Mit einem ComfyUI-Server verbinden (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Start &amp;Demo Server</source>
        <translation>&amp;Demo-Server starten</translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server with a demo workload</source>
        <translation>Den eingebauten simulierten ComfyUI-Server mit einer Demo-Last starten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>&amp;Unterbrechen</translation>
    </message>
    <message>
        <source>Stop the job that is running on the server (Ctrl+I)</source>
        <translation>Den auf dem Server laufenden Job anhalten (Strg+I)</translation>
    </message>
    <message>
        <source>C&amp;lear Pending</source>
        <translation>Wartende &amp;leeren</translation>
    </message>
    <message>
        <source>Remove every pending job from the server&apos;s queue (Ctrl+Shift+Del)</source>
        <translation>Alle wartenden Jobs aus der Warteschlange des Servers entfernen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <source>&amp;Refresh Queue</source>
        <translation>Warteschlange &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Forget &amp;Finished Jobs</source>
        <translation>&amp;Beendete Jobs vergessen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Browse the server&apos;s past jobs (Ctrl+H)</source>
        <translation>Frühere Jobs des Servers durchsuchen (Strg+H)</translation>
    </message>
    <message>
        <source>Show Sampler &amp;Previews</source>
        <translation>Sampler-&amp;Vorschauen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open Latest Image</source>
        <translation>Neuestes Bild ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;About ComfyScope</source>
        <translation>&amp;Über ComfyScope</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Recent &amp;Servers</source>
        <translation>&amp;Zuletzt verwendete Server</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Auto-save on</source>
        <translation>Automatisches Speichern an</translation>
    </message>
    <message>
        <source>Outputs are saved to %1 as %2</source>
        <translation>Ausgaben werden in %1 als %2 gespeichert</translation>
    </message>
    <message>
        <source>Auto-save off</source>
        <translation>Automatisches Speichern aus</translation>
    </message>
    <message>
        <source>Turn auto-save on in Preferences</source>
        <translation>Automatisches Speichern in den Einstellungen einschalten</translation>
    </message>
    <message>
        <source>Saving outputs to %1 for this session</source>
        <translation>Ausgaben werden in dieser Sitzung in %1 gespeichert</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>Verbindung zu „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;:
%2</source>
        <translation>Verbindung zu „%1“ nicht möglich:
%2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo server running at %1; it queues a workflow every %2 s</source>
        <translation>Demo-Server läuft unter %1; er reiht alle %2 s einen Workflow ein</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>Demo-Server (%1)</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Von %1 getrennt</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate of %1 not trusted: %2</source>
        <translation>Zertifikat von %1 nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Trust it only if this fingerprint is the one of your server:

SHA-256: %1</source>
        <translation>Vertrauen Sie ihm nur, wenn dieser Fingerabdruck der Ihres Servers ist:

SHA-256: %1</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Interrupt sent</source>
        <translation>Unterbrechung gesendet</translation>
    </message>
    <message>
        <source>Interrupt failed: %1</source>
        <translation>Unterbrechen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Pending jobs cleared</source>
        <translation>Wartende Jobs entfernt</translation>
    </message>
    <message>
        <source>Clearing the queue failed: %1</source>
        <translation>Leeren der Warteschlange fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Abbruch angefordert</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation>Abbruch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>About ComfyScope</source>
        <translation>Über ComfyScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;A native viewer for ComfyUI servers: live queue, progress, previews and outputs.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;Ein nativer Betrachter für ComfyUI-Server: Live-Warteschlange, Fortschritt, Vorschauen und Ausgaben.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
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
        <translation>Bilder: %1 · Speicher %2 von %3</translation>
    </message>
    <message>
        <source>Full-size images in memory: %1 (budget %2)
Thumbnails: %3
Frames received: %4, decoded: %5, skipped while busy: %6</source>
        <translation>Bilder in voller Größe im Speicher: %1 (Budget %2)
Miniaturen: %3
Empfangene Frames: %4, dekodiert: %5, übersprungen (ausgelastet): %6</translation>
    </message>
    <message>
        <source>&amp;Queue Workflow…</source>
        <translation>Workflow &amp;einreihen …</translation>
    </message>
    <message>
        <source>Queue an API-format workflow (JSON; in ComfyUI: Workflow → Export (API)) on the server</source>
        <translation>Einen Workflow im API-Format (JSON; in ComfyUI: Workflow → Export (API)) auf dem Server einreihen</translation>
    </message>
    <message>
        <source>Queue Workflow</source>
        <translation>Workflow einreihen</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Bitte zuerst mit einem Server verbinden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON workflow: %2</source>
        <translation>%1 ist kein JSON-Workflow: %2</translation>
    </message>
    <message>
        <source>This is a UI workflow. In ComfyUI, use Workflow → Export (API) and queue that file.</source>
        <translation>Dies ist ein UI-Workflow. Verwenden Sie in ComfyUI „Workflow → Export (API)“ und reihen Sie diese Datei ein.</translation>
    </message>
    <message>
        <source>Queued %1 as %2</source>
        <translation>%1 als %2 eingereiht</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server refused %1.</source>
        <translation>Der Server hat %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Edit Address…</source>
        <translation>Adresse bearbeiten…</translation>
    </message>
    <message>
        <source>API-format workflows or ComfyUI images (*.json *.png);;All files (*)</source>
        <translation>Workflows im API-Format oder ComfyUI-Bilder (*.json *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 holds no workflow: only PNGs saved by ComfyUI carry their prompt.</source>
        <translation>%1 enthält keinen Workflow: Nur von ComfyUI gespeicherte PNGs tragen ihren Prompt.</translation>
    </message>
    <message>
        <source>The workflow of %1 is not known; it cannot be queued again.</source>
        <translation>Der Workflow von %1 ist unbekannt; er kann nicht erneut eingereiht werden.</translation>
    </message>
    <message>
        <source>%1 was not queued: %2 is not reachable (%3)</source>
        <translation>%1 wurde nicht eingereiht: %2 ist nicht erreichbar (%3)</translation>
    </message>
    <message>
        <source>%1 was not queued: the server at %2 is not reachable.</source>
        <translation>%1 wurde nicht eingereiht: Der Server %2 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Unterbrechen</translation>
    </message>
    <message>
        <source>Stop the job that is running on %1 now?</source>
        <translation>Den auf %1 laufenden Job jetzt abbrechen?</translation>
    </message>
    <message>
        <source>Clear Pending</source>
        <translation>Wartende leeren</translation>
    </message>
    <message>
        <source>Remove every job waiting in the queue of %1, also those of other clients?</source>
        <translation>Alle in der Warteschlange von %1 wartenden Jobs entfernen, auch die anderer Clients?</translation>
    </message>
    <message>
        <source>&amp;Clear Pending</source>
        <translation>Wartende &amp;leeren</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server at %1 is not reachable.&lt;/b&gt; Its jobs&apos; progress is frozen until it answers again; retrying.</source>
        <translation>&lt;b&gt;Der Server %1 ist nicht erreichbar.&lt;/b&gt; Der Fortschritt seiner Jobs ist eingefroren, bis er wieder antwortet; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot reach the server at %1.&lt;/b&gt; Check the address; retrying.</source>
        <translation>&lt;b&gt;Der Server %1 ist nicht erreichbar.&lt;/b&gt; Bitte die Adresse prüfen; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Job database: %1</source>
        <translation>Job-Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NewestImagesWidget</name>
    <message>
        <source>No images yet</source>
        <translation>Noch keine Bilder</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NodeListModel</name>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
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
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>at %1 / %2</source>
        <translation>bei %1 / %2</translation>
    </message>
    <message>
        <source>stopped, not finished</source>
        <translation>angehalten, nicht fertig</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::PreferencesDialog</name>
    <message>
        <source>&amp;Save every output as it arrives</source>
        <translation>Jede Ausgabe beim Eintreffen &amp;speichern</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>Automatisches Speichern</translation>
    </message>
    <message>
        <source>Final outputs, SaveImageWebsocket and ComfyDeploy outputs are written to the folder; sampler previews are not.</source>
        <translation>Fertige Ausgaben, SaveImageWebsocket- und ComfyDeploy-Ausgaben werden in den Ordner geschrieben; Sampler-Vorschauen nicht.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</source>
        <translation>Felder: {date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Auto-save Folder</source>
        <translation>Ordner für automatisches Speichern</translation>
    </message>
    <message>
        <source>Everything the gallery holds (full-size images, thumbnails and the bytes kept to decode again) stays under this. Full-size images go first (oldest first) and are decoded again when opened; then the oldest images.</source>
        <translation>Alles, was die Galerie hält (Bilder in voller Größe, Miniaturen und die zum erneuten Dekodieren behaltenen Bytes), bleibt darunter. Zuerst gehen Bilder in voller Größe (die ältesten zuerst), die beim Öffnen erneut dekodiert werden; dann die ältesten Bilder.</translation>
    </message>
    <message>
        <source>Gallery memory &amp;budget:</source>
        <translation>&amp;Speicherbudget der Galerie:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect after restarting ComfyScope.</source>
        <translation>Wirkt nach einem Neustart von ComfyScope.</translation>
    </message>
    <message>
        <source>Passwords and Tokens</source>
        <translation>Passwörter und Token</translation>
    </message>
    <message>
        <source>Untick &quot;Remember passwords and tokens&quot; when connecting to keep a server&apos;s secrets out of that file.</source>
        <translation>Deaktivieren Sie beim Verbinden „Passwörter und Token speichern“, damit die Geheimnisse eines Servers nicht in diese Datei gelangen.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ProgressPanel</name>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>No job is running. Jobs queued on the server appear here as they start.</source>
        <translation>Es läuft kein Job. Auf dem Server eingereihte Jobs erscheinen hier, sobald sie starten.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Prompt %1 — %2</source>
        <translation>Prompt %1 — %2</translation>
    </message>
    <message>
        <source>queued by another client</source>
        <translation>von einem anderen Client eingereiht</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>verstrichen %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>no live detail</source>
        <translation>keine Live-Details</translation>
    </message>
    <message>
        <source>This job belongs to another client; the server sends its progress only to that client.</source>
        <translation>Dieser Job gehört einem anderen Client; der Server sendet seinen Fortschritt nur an diesen Client.</translation>
    </message>
    <message>
        <source>%1 % — %2 of %3 nodes</source>
        <translation>%1 % — %2 von %3 Knoten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>keine Schritte</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Wartet in der Warteschlange</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>queued by client %1 (via the relay)</source>
        <translation>eingereiht von Client %1 (über das Relay)</translation>
    </message>
    <message>
        <source>time left unknown — server unreachable</source>
        <translation>Restzeit unbekannt — Server nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueModel</name>
    <message>
        <source>%1 · other</source>
        <comment>job of another client</comment>
        <translation>%1 · fremd</translation>
    </message>
    <message>
        <source>—</source>
        <comment>unknown ETA</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Queued by another client: the server sends its progress only to that client, so only its place in the queue and its outcome are shown.</source>
        <translation>Von einem anderen Client eingereiht: der Server sendet seinen Fortschritt nur an diesen Client, daher werden nur Platz in der Warteschlange und Ergebnis angezeigt.</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Eingereiht: %1</translation>
    </message>
    <message>
        <source>Nodes: %1 of %2 done (%3 cached)</source>
        <translation>Knoten: %1 von %2 fertig (%3 zwischengespeichert)</translation>
    </message>
    <message>
        <source>%1 · queued by %2</source>
        <comment>job of another client, followed via the relay</comment>
        <translation>%1 · eingereiht von %2</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>einem anderen Client</translation>
    </message>
    <message>
        <source>this viewer</source>
        <translation>dieser Viewer</translation>
    </message>
    <message>
        <source>unknown client</source>
        <translation>unbekannter Client</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Queued by client %1; its live progress and previews come through the ComfyScope relay.</source>
        <translation>Von Client %1 eingereiht; Fortschritt und Vorschauen kommen live über das ComfyScope-Relay.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>ETA while the server is unreachable</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueView</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Job &amp;abbrechen</translation>
    </message>
    <message>
        <source>Remove the selected job from the queue, or interrupt it if it is running (Delete)</source>
        <translation>Den ausgewählten Job aus der Warteschlange entfernen oder unterbrechen, wenn er läuft (Entf)</translation>
    </message>
    <message>
        <source>Show &amp;Finished</source>
        <translation>&amp;Beendete anzeigen</translation>
    </message>
    <message>
        <source>Also list jobs that have finished</source>
        <translation>Auch beendete Jobs auflisten</translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation>Prompt-ID kopieren</translation>
    </message>
    <message>
        <source>Show Outputs in Gallery</source>
        <translation>Ausgaben in der Galerie zeigen</translation>
    </message>
    <message>
        <source>Show Error…</source>
        <translation>Fehler anzeigen …</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Unterbrechen</translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <source>Queue &amp;Again</source>
        <translation>&amp;Erneut einreihen</translation>
    </message>
    <message>
        <source>Queue Again with a New &amp;Seed</source>
        <translation>Erneut einreihen mit neuem &amp;Seed</translation>
    </message>
    <message>
        <source>The workflow of this job is not known</source>
        <translation>Der Workflow dieses Jobs ist unbekannt</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Job: %1 (%2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Node: %1 (%2)</source>
        <translation>Knoten: %1 (%2)</translation>
    </message>
    <message>
        <source>Exception: %1: %2</source>
        <translation>Ausnahme: %1: %2</translation>
    </message>
    <message>
        <source>Traceback:</source>
        <translation>Traceback:</translation>
    </message>
    <message>
        <source>Error of %1</source>
        <translation>Fehler von %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationSettingsDialog</name>
    <message>
        <source>Show alerts as system tray &amp;notifications</source>
        <translation>Alarme als &amp;Benachrichtigungen im Systemabschnitt zeigen</translation>
    </message>
    <message>
        <source>Play a &amp;sound with each new alert</source>
        <translation>Bei jedem neuen Alarm einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <source>Serve the fleet status on &amp;127.0.0.1, port</source>
        <translation>Flottenstatus auf &amp;127.0.0.1 bereitstellen, Port</translation>
    </message>
    <message>
        <source>Monitoring Station Settings</source>
        <translation>Einstellungen der Überwachungsstation</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>when unreachable for more than</source>
        <translation>wenn länger nicht erreichbar als</translation>
    </message>
    <message>
        <source>when a job shows no progress for</source>
        <translation>wenn ein Job keinen Fortschritt zeigt seit</translation>
    </message>
    <message>
        <source>when more jobs wait than</source>
        <translation>wenn mehr Jobs warten als</translation>
    </message>
    <message>
        <source>when VRAM use is above</source>
        <translation>wenn die VRAM-Belegung über</translation>
    </message>
    <message>
        <source>when a job fails (any client)</source>
        <translation>wenn ein Job fehlschlägt (jeder Client)</translation>
    </message>
    <message>
        <source>when the server lost its history or changed version</source>
        <translation>wenn der Server seinen Verlauf verlor oder die Version wechselte</translation>
    </message>
    <message>
        <source>Status export (for other tools)</source>
        <translation>Statusexport (für andere Werkzeuge)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Status File</source>
        <translation>Statusdatei</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Status &amp;file:</source>
        <translation>Status&amp;datei:</translation>
    </message>
    <message>
        <source>GET /status.json answers the same JSON as the file. Only this computer can reach it.</source>
        <translation>GET /status.json liefert dasselbe JSON wie die Datei. Nur dieser Computer kann es abrufen.</translation>
    </message>
    <message>
        <source>Dashboard and wall mode</source>
        <translation>Dashboard und Wandmodus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Read GPU/RAM &amp;stats every:</source>
        <translation>GPU/RAM-&amp;Werte lesen alle:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Wall mode &amp;changes page every:</source>
        <translation>Wandmodus &amp;wechselt die Seite alle:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source>Keep job &amp;history for:</source>
        <translation>Job-&amp;Verlauf behalten:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Job history at &amp;most:</source>
        <translation>Job-Verlauf &amp;höchstens:</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationWindow</name>
    <message>
        <source>ComfyScope — Monitoring Station</source>
        <translation>ComfyScope — Überwachungsstation</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortieren:</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>Server &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Open Fleet File…</source>
        <translation>Flottendatei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save Fleet File…</source>
        <translation>Flottendatei &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation>%1 nicht mehr überwachen?</translation>
    </message>
    <message>
        <source>&amp;Interrupt Running Job</source>
        <translation>Laufenden Job &amp;unterbrechen</translation>
    </message>
    <message>
        <source>C&amp;lear Pending Jobs</source>
        <translation>Wartende Jobs &amp;leeren</translation>
    </message>
    <message>
        <source>Clear Pending Jobs</source>
        <translation>Wartende Jobs leeren</translation>
    </message>
    <message>
        <source>Remove every pending job from the queue of %1?</source>
        <translation>Alle wartenden Jobs aus der Warteschlange von %1 entfernen?</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Job &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation>&amp;Wandmodus</translation>
    </message>
    <message>
        <source>&amp;Lock Controls</source>
        <translation>Bedienelemente &amp;sperren</translation>
    </message>
    <message>
        <source>Read-only: hide interrupt, cancel, clear and remove</source>
        <translation>Nur lesen: Unterbrechen, Abbrechen, Leeren und Entfernen ausblenden</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge All Alerts</source>
        <translation>Alle Alarme &amp;bestätigen</translation>
    </message>
    <message>
        <source>Station &amp;Settings…</source>
        <translation>Stations&amp;einstellungen …</translation>
    </message>
    <message>
        <source>Export &amp;Event Log…</source>
        <translation>&amp;Ereignisprotokoll exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Job Durations…</source>
        <translation>&amp;Jobdauern exportieren …</translation>
    </message>
    <message>
        <source>Open in &amp;Viewer</source>
        <translation>Im &amp;Betrachter öffnen</translation>
    </message>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation>&amp;Alle bestätigen</translation>
    </message>
    <message>
        <source>Queue (all servers)</source>
        <translation>Warteschlange (alle Server)</translation>
    </message>
    <message>
        <source>Show the queue of</source>
        <translation>Warteschlange anzeigen von</translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation>&amp;Beendete anzeigen</translation>
    </message>
    <message>
        <source>Gallery (all servers)</source>
        <translation>Galerie (alle Server)</translation>
    </message>
    <message>
        <source>Show the images of</source>
        <translation>Bilder anzeigen von</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>Show Station</source>
        <translation>Station anzeigen</translation>
    </message>
    <message>
        <source>ComfyScope: %1 of %2 servers up, %3 running, %4 alert(s)</source>
        <translation>ComfyScope: %1 von %2 Servern erreichbar, %3 laufend, %4 Alarm(e)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 servers up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 Servern erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n Fehler in der letzten Stunde</numerusform>
            <numerusform>%n Fehler in der letzten Stunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n unbestätigter Alarm</numerusform>
            <numerusform>%n unbestätigte Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;lock Controls…</source>
        <translation>Bedienelemente &amp;entsperren …</translation>
    </message>
    <message>
        <source>Job %1 finished in %2</source>
        <translation>Job %1 fertig in %2</translation>
    </message>
    <message>
        <source>Job finished on %1</source>
        <translation>Job auf %1 fertig</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n output(s)</source>
        <translation>
            <numerusform>Job %1: %n Ausgabe</numerusform>
            <numerusform>Job %1: %n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Überwache %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n server(s) from %1</source>
        <translation>
            <numerusform>%n Server aus %1 geladen</numerusform>
            <numerusform>%n Server aus %1 geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated server(s) started on 127.0.0.1</source>
        <translation>
            <numerusform>%n simulierter Server auf 127.0.0.1 gestartet</numerusform>
            <numerusform>%n simulierte Server auf 127.0.0.1 gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1 — %2</source>
        <translation>Alarm: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Acknowledge Alerts of This Server</source>
        <translation>Alarme dieses Servers bestätigen</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Unterbrechen</translation>
    </message>
    <message>
        <source>Interrupt job %1 on %2?</source>
        <translation>Job %1 auf %2 unterbrechen?</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Open Fleet File</source>
        <translation>Flottendatei öffnen</translation>
    </message>
    <message>
        <source>Fleet files (*.json *.ini *.conf);;All files (*)</source>
        <translation>Flottendateien (*.json *.ini *.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Fleet File</source>
        <translation>Flottendatei speichern</translation>
    </message>
    <message>
        <source>JSON (*.json);;INI (*.ini)</source>
        <translation>JSON (*.json);;INI (*.ini)</translation>
    </message>
    <message>
        <source>Include tokens and passwords in the file?

Without them, write ${VARIABLE} placeholders into the file by hand and set the variables in the environment.</source>
        <translation>Token und Passwörter in die Datei schreiben?

Ohne sie tragen Sie ${VARIABLE}-Platzhalter von Hand in die Datei ein und setzen die Variablen in der Umgebung.</translation>
    </message>
    <message>
        <source>Export Job Durations</source>
        <translation>Jobdauern exportieren</translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fleet status at http://127.0.0.1:%1/status.json</source>
        <translation>Flottenstatus unter http://127.0.0.1:%1/status.json</translation>
    </message>
    <message>
        <source>Controls locked (read-only)</source>
        <translation>Bedienelemente gesperrt (nur lesen)</translation>
    </message>
    <message>
        <source>Controls unlocked</source>
        <translation>Bedienelemente entsperrt</translation>
    </message>
    <message>
        <source>Lock Controls</source>
        <translation>Bedienelemente sperren</translation>
    </message>
    <message>
        <source>Optional PIN to unlock (leave empty to unlock without one):</source>
        <translation>Optionale PIN zum Entsperren (leer lassen, um ohne PIN zu entsperren):</translation>
    </message>
    <message>
        <source>Unlock Controls</source>
        <translation>Bedienelemente entsperren</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Show interrupt, cancel, clear and remove again?</source>
        <translation>Unterbrechen, Abbrechen, Leeren und Entfernen wieder anzeigen?</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Wall mode on (Esc or F11 leaves)</source>
        <translation>Wandmodus an (Esc oder F11 beendet ihn)</translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s) held back</source>
        <translation>
            <numerusform>%n weitere Benachrichtigung zurückgehalten</numerusform>
            <numerusform>%n weitere Benachrichtigungen zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>The station is locked. PIN:</source>
        <translation>Die Station ist gesperrt. PIN:</translation>
    </message>
    <message>
        <source>The station is locked. Leave anyway?</source>
        <translation>Die Station ist gesperrt. Trotzdem verlassen?</translation>
    </message>
    <message>
        <source>Wrong PIN: the locked station stays as it is</source>
        <translation>Falsche PIN: Die gesperrte Station bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Job database: %1</source>
        <translation>Job-Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Trends …</translation>
    </message>
    <message>
        <source>Queued again from the history as %1</source>
        <translation>Aus dem Verlauf erneut eingereiht als %1</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Dense &amp;Table</source>
        <translation>Kompakte &amp;Tabelle</translation>
    </message>
    <message>
        <source>Every server as one row: state, queue, running job, VRAM, alerts</source>
        <translation>Jeder Server als eine Zeile: Zustand, Warteschlange, laufender Job, VRAM, Alarme</translation>
    </message>
    <message>
        <source>Tile &amp;Size</source>
        <translation>Kachel&amp;größe</translation>
    </message>
    <message>
        <source>&amp;Small (dense)</source>
        <translation>&amp;Klein (kompakt)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>&amp;Large (with preview)</source>
        <translation>&amp;Groß (mit Vorschau)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StoredJobsModel</name>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Run Time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::TrendsView</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Ganze Flotte</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Jobs per %1 by outcome</source>
        <translation>Jobs pro %1 nach Ergebnis</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>%1
%2: %3
all: %4 (failed %5)</source>
        <translation>%1
%2: %3
alle: %4 (fehlgeschlagen %5)</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>queue depth (mean)</source>
        <translation>Warteschlangenlänge (Mittel)</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
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
        <translation>Fehlerquote, VRAM und GPU-Last</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>VRAM (highest)</source>
        <translation>VRAM (höchster Wert)</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>GPU-Last</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), %1 failed (%2 %)</source>
        <translation>
            <numerusform>%n Job, %1 fehlgeschlagen (%2 %)</numerusform>
            <numerusform>%n Jobs, %1 fehlgeschlagen (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>&amp;Jobs…</translation>
    </message>
    <message>
        <source>Open these jobs in the History browser (or click a bar or point)</source>
        <translation>Diese Jobs im Verlaufsbrowser öffnen (oder einen Balken oder Punkt anklicken)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::WallView</name>
    <message>
        <source>ComfyScope — fleet</source>
        <translation>ComfyScope — Flotte</translation>
    </message>
    <message>
        <source>ComfyScope — Wall</source>
        <translation>ComfyScope — Wand</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%1 von %2 erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n Fehler in der letzten Stunde</numerusform>
            <numerusform>%n Fehler in der letzten Stunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>(paused — Space resumes)</source>
        <translation>(pausiert — Leertaste setzt fort)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::Cli</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>API-format workflow JSON file (&apos;-&apos; for stdin).</source>
        <translation>Workflow-JSON-Datei im API-Format (&apos;-&apos; für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Follow the prompt until it finishes.</source>
        <translation>Den Prompt bis zum Ende verfolgen.</translation>
    </message>
    <message>
        <source>With --wait: download every output image into DIR.</source>
        <translation>Mit --wait: jedes Ausgabebild nach DIR herunterladen.</translation>
    </message>
    <message>
        <source>Put the prompt at the front of the queue.</source>
        <translation>Den Prompt an den Anfang der Warteschlange stellen.</translation>
    </message>
    <message>
        <source>extra_data.preview_method: none, auto, latent2rgb, taesd (v0.5.0+).</source>
        <translation>extra_data.preview_method: none, auto, latent2rgb, taesd (ab v0.5.0).</translation>
    </message>
    <message>
        <source>Use this prompt id instead of a new UUID.</source>
        <translation>Diese Prompt-ID statt einer neuen UUID verwenden.</translation>
    </message>
    <message>
        <source>With --wait: give up (exit 3) without a connection after S seconds.</source>
        <translation>Mit --wait: ohne Verbindung nach S Sekunden aufgeben (Exit-Status 3).</translation>
    </message>
    <message>
        <source>error: give exactly one workflow file</source>
        <translation>Fehler: genau eine Workflow-Datei angeben</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>Fehler: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>error: %1 is not a JSON object: %2</source>
        <translation>Fehler: %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>error: %1 is a UI workflow; export it in API format (Workflow → Export (API)) and try again</source>
        <translation>Fehler: %1 ist ein UI-Workflow; im API-Format exportieren (Workflow → Export (API)) und erneut versuchen</translation>
    </message>
    <message>
        <source>error: the server refused the workflow: %1</source>
        <translation>Fehler: der Server hat den Workflow abgelehnt: %1</translation>
    </message>
    <message>
        <source>error: node %1 (%2) failed: %3</source>
        <translation>Fehler: Knoten %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation>Fehler: %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Show the server&apos;s queue (running and pending prompts, in execution order), or change it.</source>
        <translation>Die Warteschlange des Servers anzeigen (laufende und wartende Prompts in Ausführungsreihenfolge) oder ändern.</translation>
    </message>
    <message>
        <source>Delete every pending prompt (the running one goes on).</source>
        <translation>Alle wartenden Prompts löschen (der laufende läuft weiter).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>pending queue cleared</source>
        <translation>wartende Warteschlange geleert</translation>
    </message>
    <message>
        <source>error: %1 is neither running nor pending</source>
        <translation>Fehler: %1 läuft weder noch wartet er</translation>
    </message>
    <message>
        <source>interrupted %1</source>
        <translation>%1 unterbrochen</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 running, %2 pending</source>
        <translation>%1 laufend, %2 wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>List finished prompts, newest last, with outcome, duration and outputs.</source>
        <translation>Beendete Prompts auflisten, neueste zuletzt, mit Ergebnis, Dauer und Ausgaben.</translation>
    </message>
    <message>
        <source>At most N entries (default 20).</source>
        <translation>Höchstens N Einträge (Standard 20).</translation>
    </message>
    <message>
        <source>Start at entry K from the oldest (v0.3.60+).</source>
        <translation>Bei Eintrag K ab dem ältesten beginnen (ab v0.3.60).</translation>
    </message>
    <message>
        <source>Show one prompt.</source>
        <translation>Einen Prompt anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON lines instead of a table.</source>
        <translation>JSON-Zeilen statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>kein Verlauf</translation>
    </message>
    <message>
        <source>Show server version, devices and memory (/system_stats) and its feature flags (/features).</source>
        <translation>Serverversion, Geräte und Speicher (/system_stats) sowie Feature-Flags (/features) anzeigen.</translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation>Das rohe JSON ausgeben.</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>(version not reported: before v0.2.0)</source>
        <translation>(Version nicht gemeldet: vor v0.2.0)</translation>
    </message>
    <message>
        <source>OS %1, Python %2, PyTorch %3</source>
        <translation>Betriebssystem %1, Python %2, PyTorch %3</translation>
    </message>
    <message>
        <source>RAM %1 free of %2</source>
        <translation>RAM %1 frei von %2</translation>
    </message>
    <message>
        <source>device %1 (%2): VRAM %3 free of %4</source>
        <translation>Gerät %1 (%2): VRAM %3 frei von %4</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>Features: %1</translation>
    </message>
    <message>
        <source>features: none (/features answered HTTP %1: server before v0.3.45)</source>
        <translation>Features: keine (/features antwortete mit HTTP %1: Server vor v0.3.45)</translation>
    </message>
    <message>
        <source>Interrupt the running prompt. With --prompt-id only that prompt is stopped (servers v0.3.57+; older ones stop whatever runs).</source>
        <translation>Den laufenden Prompt unterbrechen. Mit --prompt-id wird nur dieser Prompt angehalten (Server ab v0.3.57; ältere halten an, was gerade läuft).</translation>
    </message>
    <message>
        <source>Only interrupt this prompt.</source>
        <translation>Nur diesen Prompt unterbrechen.</translation>
    </message>
    <message>
        <source>interrupt sent</source>
        <translation>Unterbrechung gesendet</translation>
    </message>
    <message>
        <source>error: --prompt-id must be a lowercase UUID such as %1 (got &quot;%2&quot;)</source>
        <translation>Fehler: --prompt-id muss eine UUID in Kleinbuchstaben sein, etwa %1 (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>deployment: %1</source>
        <translation>Bereitstellung: %1</translation>
    </message>
    <message>
        <source>frontend required %1</source>
        <translation>Frontend erforderlich: %1</translation>
    </message>
    <message>
        <source>package %1: installed %2, required %3</source>
        <translation>Paket %1: installiert %2, erforderlich %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Queue an API-format workflow (Workflow → Export (API) in the web UI) and print its prompt id. With --wait, follow it to the end: a progress line on a terminal, one JSON line per change when piped or with --json.

Exit status: 0 success, 1 execution error or interrupt, 2 validation error (node errors are printed), 3 connection failure.</source>
        <translation>Einen Workflow im API-Format (Workflow → Export (API) in der Web-Oberfläche) einreihen und seine Prompt-ID ausgeben. Mit --wait bis zum Ende verfolgen: eine Fortschrittszeile im Terminal, eine JSON-Zeile je Änderung bei Umleitung oder mit --json.

Exit-Status: 0 Erfolg, 1 Ausführungsfehler oder Abbruch, 2 Validierungsfehler (Knotenfehler werden ausgegeben), 3 Verbindungsfehler.</translation>
    </message>
    <message>
        <source>Queue with this client id (e.g. the web UI&apos;s, so its tab shows the progress).</source>
        <translation>Mit dieser Client-ID einreihen (z. B. der der Web-Oberfläche, damit ihr Tab den Fortschritt zeigt).</translation>
    </message>
    <message>
        <source>Print JSON lines also on a terminal (the default when the output is piped).</source>
        <translation>JSON-Zeilen auch im Terminal ausgeben (Standard bei umgeleiteter Ausgabe).</translation>
    </message>
    <message>
        <source>error: --client-id needs an id</source>
        <translation>Fehler: --client-id braucht eine ID</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>%1 eingereiht</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 after %3, %n output(s)</source>
        <translation>
            <numerusform>%1 %2 nach %3, %n Ausgabe</numerusform>
            <numerusform>%1 %2 nach %3, %n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel a prompt: delete it if pending, interrupt it if running. A unique prefix of its id is enough (e.g. ba82).</source>
        <translation>Einen Prompt abbrechen: löschen, wenn wartend, unterbrechen, wenn laufend. Ein eindeutiger Anfang seiner ID genügt (z. B. ba82).</translation>
    </message>
    <message>
        <source>error: %1 is ambiguous: it starts %2</source>
        <translation>Fehler: %1 ist mehrdeutig: so beginnen %2</translation>
    </message>
</context>
<context>
    <name>ComfyScope::FleetFile</name>
    <message>
        <source>server &quot;%1&quot; has no address</source>
        <translation>Server „%1“ hat keine Adresse</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: header must be &quot;Name: value&quot;</source>
        <translation>Server „%1“: der Header muss „Name: Wert“ lauten</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: %2</source>
        <translation>Server „%1“: %2</translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; is not system, none, http://host:port or socks5://host:port</source>
        <translation>Proxy „%1“ ist weder system, none, http://host:port noch socks5://host:port</translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; needs a host and a port</source>
        <translation>Proxy „%1“ braucht einen Host und einen Port</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation>%1: keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation>%1: die Datei ist zu groß</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: ungültiges JSON bei Position %2: %3</translation>
    </message>
    <message>
        <source>%1: no &quot;servers&quot; list</source>
        <translation>%1: keine Liste „servers“</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1: keine Server</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: relay must be true or false</source>
        <translation>Server „%1“: relay muss true oder false sein</translation>
    </message>
    <message>
        <source>rule %1: &quot;%2&quot; is not %3</source>
        <translation>Regel %1: „%2“ ist nicht %3</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Regel „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::ServerProfile</name>
    <message>
        <source>Not a server address.</source>
        <translation>Keine Serveradresse.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>turned off by COMFYSCOPE_NO_KEYCHAIN</source>
        <translation>durch COMFYSCOPE_NO_KEYCHAIN abgeschaltet</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>kein Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>Remembered passwords and tokens are stored in the system keychain.</source>
        <translation>Gespeicherte Passwörter und Token liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Remembered passwords and tokens are stored in plain text in the settings file %1 (no keychain: %2).</source>
        <translation>Gespeicherte Passwörter und Token liegen im Klartext in der Einstellungsdatei %1 (kein Schlüsselbund: %2).</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No keychain: stored in plain text in %1</source>
        <translation>Kein Schlüsselbund: im Klartext in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>StatusPublisher</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Server address: host[:port], http(s):// or ws(s):// URL, with a path prefix for reverse proxies. Default: $COMFYSCOPE_SERVER or 127.0.0.1:8188.</source>
        <translation>Serveradresse: Host[:Port], http(s)://- oder ws(s)://-URL, mit Pfadpräfix für Reverse-Proxys. Standard: $COMFYSCOPE_SERVER oder 127.0.0.1:8188.</translation>
    </message>
    <message>
        <source>Comfy-User header (a user id, --multi-user servers).</source>
        <translation>Comfy-User-Header (eine Benutzer-ID, Server mit --multi-user).</translation>
    </message>
    <message>
        <source>Send &apos;Authorization: Bearer&apos; with the token read from this environment variable.</source>
        <translation>&apos;Authorization: Bearer&apos; mit dem Token aus dieser Umgebungsvariable senden.</translation>
    </message>
    <message>
        <source>HTTP Basic user; the password is read from $COMFYSCOPE_PASSWORD.</source>
        <translation>HTTP-Basic-Benutzer; das Passwort wird aus $COMFYSCOPE_PASSWORD gelesen.</translation>
    </message>
    <message>
        <source>Add ?token= (ComfyUI-Login) read from this environment variable to every request.</source>
        <translation>?token= (ComfyUI-Login) aus dieser Umgebungsvariable an jede Anfrage anhängen.</translation>
    </message>
    <message>
        <source>Extra header &apos;Name: value&apos; for every request (repeatable).</source>
        <translation>Zusätzlicher Header &apos;Name: Wert&apos; für jede Anfrage (wiederholbar).</translation>
    </message>
    <message>
        <source>REST request timeout in milliseconds (default 30000).</source>
        <translation>Zeitlimit für REST-Anfragen in Millisekunden (Standard 30000).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: bad --header &apos;%1&apos; (want &apos;Name: value&apos;)</source>
        <translation>Fehler: ungültiges --header &apos;%1&apos; (erwartet &apos;Name: Wert&apos;)</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>Fehler: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Listen as this client id: prompts queued by another tool with this client_id are seen in full. Default: a new UUID.</source>
        <translation>Mit dieser Client-ID lauschen: Prompts, die ein anderes Werkzeug mit dieser client_id eingereiht hat, werden vollständig gesehen. Standard: eine neue UUID.</translation>
    </message>
    <message>
        <source>Stop after N server events.</source>
        <translation>Nach N Serverereignissen aufhören.</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Nach S Sekunden beenden.</translation>
    </message>
    <message>
        <source>Save every received image into DIR and print the file name.</source>
        <translation>Jedes empfangene Bild nach DIR speichern und den Dateinamen ausgeben.</translation>
    </message>
    <message>
        <source>Do not send feature_flags: previews come as anonymous type 1 frames.</source>
        <translation>Keine feature_flags senden: Vorschauen kommen als anonyme Typ-1-Frames.</translation>
    </message>
    <message>
        <source>ComfyDeploy socket: auto (default), on or off.</source>
        <translation>ComfyDeploy-Socket: auto (Standard), on oder off.</translation>
    </message>
    <message>
        <source>Give up with exit status 3 if no connection is made within S seconds (default 10).</source>
        <translation>Mit Exit-Status 3 aufgeben, wenn innerhalb von S Sekunden keine Verbindung zustande kommt (Standard 10).</translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation>Fehler: %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Mit --help aufrufen, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>error: --%1 needs a number, not &apos;%2&apos;</source>
        <translation>Fehler: --%1 braucht eine Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Trust the server&apos;s TLS certificate only if its SHA-256 fingerprint is this (hex).</source>
        <translation>Dem TLS-Zertifikat des Servers nur vertrauen, wenn sein SHA-256-Fingerabdruck dieser ist (hex).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private CA).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (eine private CA).</translation>
    </message>
    <message>
        <source>error: no PEM certificate in %1</source>
        <translation>Fehler: kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>waiting in the queue</source>
        <translation>wartet in der Warteschlange</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>Restzeit unbekannt</translation>
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
        <translation>Aufruf: comfyscope-cli BEFEHL [Optionen]

Befehle:
  watch       jedes Ereignis eines Servers als JSON-Zeilen ausgeben
  submit      einen Workflow im API-Format (JSON-Datei) einreihen; --wait verfolgt ihn bis zum Ende
  queue       die Warteschlange auflisten; --cancel ID, --clear
  history     beendete Prompts auflisten; --max N
  stats       Serverversion, Geräte und Speicher (/system_stats)
  interrupt   den laufenden Prompt anhalten (oder nur --prompt-id ID)
  simulate    den eingebauten simulierten ComfyUI-Server starten
  monitor     eine Flotte ohne Fenster überwachen: Alarme, Logzeilen, Prometheus-Metriken, Webhooks

&apos;comfyscope-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Status: 0 Erfolg, 1 Ausführungsfehler, 2 Validierungsfehler, 3 Verbindungsfehler, 64 Aufruffehler.
</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1: keine Server</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice</source>
        <translation>%1: der Name „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>The fleet file (JSON or INI) with the servers to watch.</source>
        <translation>Die Flottendatei (JSON oder INI) mit den zu überwachenden Servern.</translation>
    </message>
    <message>
        <source>Override one alert rule: KEY=VALUE with KEY server_down, stall, execution_error, queue_depth, vram_high or restarted and VALUE a threshold (seconds, jobs, percent), on or off. Repeatable.</source>
        <translation>Eine Alarmregel überschreiben: KEY=VALUE mit KEY server_down, stall, execution_error, queue_depth, vram_high oder restarted und VALUE einer Schwelle (Sekunden, Aufträge, Prozent), on oder off. Wiederholbar.</translation>
    </message>
    <message>
        <source>Start from the alert rules saved by the monitoring station (Station Settings) of this user.</source>
        <translation>Mit den von der Überwachungsstation (Stationseinstellungen) dieses Benutzers gespeicherten Alarmregeln beginnen.</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on http://ADDR/metrics (e.g. 127.0.0.1:9464; a bare port binds 127.0.0.1).</source>
        <translation>Prometheus-Metriken unter http://ADDR/metrics bereitstellen (z. B. 127.0.0.1:9464; ein bloßer Port bindet an 127.0.0.1).</translation>
    </message>
    <message>
        <source>Require &apos;Authorization: Bearer TOKEN&apos; on /metrics (visible in the process list: prefer --metrics-token-env).</source>
        <translation>&apos;Authorization: Bearer TOKEN&apos; für /metrics verlangen (in der Prozessliste sichtbar: besser --metrics-token-env).</translation>
    </message>
    <message>
        <source>Read the /metrics bearer token from this environment variable.</source>
        <translation>Das Bearer-Token für /metrics aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>POST alerts (and with --notify-jobs job completions) as JSON to URL. Repeatable; FORMAT+URL (e.g. slack+https://…) picks the format of one URL.</source>
        <translation>Alarme (und mit --notify-jobs beendete Aufträge) als JSON per POST an URL senden. Wiederholbar; FORMAT+URL (z. B. slack+https://…) wählt das Format einer URL.</translation>
    </message>
    <message>
        <source>A webhook URL read from this environment variable (for URLs with tokens). Repeatable.</source>
        <translation>Eine Webhook-URL aus dieser Umgebungsvariablen (für URLs mit Tokens). Wiederholbar.</translation>
    </message>
    <message>
        <source>A webhook URL read from the system keychain entry KEY. Repeatable.</source>
        <translation>Eine Webhook-URL aus dem Schlüsselbund-Eintrag KEY des Systems. Wiederholbar.</translation>
    </message>
    <message>
        <source>Body format of the webhooks: generic (default), slack, discord or ntfy.</source>
        <translation>Format der Webhook-Nachrichten: generic (Standard), slack, discord oder ntfy.</translation>
    </message>
    <message>
        <source>Also send every job completion to the webhooks.</source>
        <translation>Auch jeden beendeten Auftrag an die Webhooks senden.</translation>
    </message>
    <message>
        <source>Poll /system_stats every S seconds (default 10; 0 only on connect).</source>
        <translation>/system_stats alle S Sekunden abfragen (Standard 10; 0 nur beim Verbinden).</translation>
    </message>
    <message>
        <source>error: --fleet FILE is required</source>
        <translation>Fehler: --fleet DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>error: --webhook-format must be generic, slack, discord or ntfy, not &quot;%1&quot;</source>
        <translation>Fehler: --webhook-format muss generic, slack, discord oder ntfy sein, nicht „%1“</translation>
    </message>
    <message>
        <source>error: --stats-interval: not a number of seconds: %1</source>
        <translation>Fehler: --stats-interval: keine Anzahl Sekunden: %1</translation>
    </message>
    <message>
        <source>error: --webhook-env: the environment variable %1 is not set</source>
        <translation>Fehler: --webhook-env: die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>error: --webhook-keychain: no keychain entry &quot;%1&quot; (%2)</source>
        <translation>Fehler: --webhook-keychain: kein Schlüsselbund-Eintrag „%1“ (%2)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>error: --metrics-token-env: the environment variable %1 is not set</source>
        <translation>Fehler: --metrics-token-env: die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>error: a metrics token needs --metrics ADDR</source>
        <translation>Fehler: ein Metrik-Token braucht --metrics ADDR</translation>
    </message>
    <message>
        <source>error: %1: unknown webhook format &quot;%2&quot;</source>
        <translation>Fehler: %1: unbekanntes Webhook-Format „%2“</translation>
    </message>
    <message>
        <source>Follow every client&apos;s prompts through the ComfyScope relay when the server has it (installer/comfyui-relay); the token is read from $COMFYSCOPE_RELAY_TOKEN. Relayed events carry &quot;relayed&quot;: true and the submitting &quot;client&quot;.</source>
        <translation>Die Prompts aller Clients über das ComfyScope-Relay verfolgen, wenn der Server es hat (installer/comfyui-relay); das Token wird aus $COMFYSCOPE_RELAY_TOKEN gelesen. Weitergeleitete Ereignisse tragen &quot;relayed&quot;: true und den einreichenden &quot;client&quot;.</translation>
    </message>
    <message>
        <source>relay: %1</source>
        <translation>Relay: %1</translation>
    </message>
    <message>
        <source>Watch every server of a fleet file with the monitoring station&apos;s alert rules, without a window: one log line per event (connections, alerts raised and resolved, jobs), Prometheus metrics on /metrics, alerts and job completions as webhooks.

Alert thresholds: the built-in defaults (server_down=30 stall=120 execution_error=on queue_depth=off vram_high=off restarted=on), then the station&apos;s saved settings with --station-settings, then the fleet file&apos;s &quot;rules&quot; object (JSON) or [rules] group (INI), then each --rule.
Signals: SIGHUP reloads the fleet file (unchanged servers keep their state); SIGTERM and SIGINT stop cleanly with exit status 0.
--db FILE keeps every finished job, a health sample per server every 10 s and the alerts in the station&apos;s SQLite job database (one writer at a time).

Exit status: 0 after SIGTERM/SIGINT or --duration, 64 usage error, 66 the fleet file cannot be read, 3 the metrics address cannot be listened on.</source>
        <translation>Überwacht jeden Server einer Flottendatei mit den Alarmregeln der Überwachungsstation, ohne Fenster: eine Logzeile pro Ereignis (Verbindungen, ausgelöste und behobene Alarme, Aufträge), Prometheus-Metriken unter /metrics, Alarme und beendete Aufträge als Webhooks.

Alarmschwellen: die eingebauten Standardwerte (server_down=30 stall=120 execution_error=on queue_depth=off vram_high=off restarted=on), dann mit --station-settings die gespeicherten Einstellungen der Station, dann das Objekt &quot;rules&quot; (JSON) bzw. die Gruppe [rules] (INI) der Flottendatei, dann jedes --rule.
Signale: SIGHUP lädt die Flottendatei neu (unveränderte Server behalten ihren Zustand); SIGTERM und SIGINT beenden sauber mit Exit-Status 0.
--db DATEI speichert jeden beendeten Job, alle 10 s eine Zustandsmessung pro Server und die Alarme in der SQLite-Jobdatenbank der Station (jeweils nur ein Schreiber).

Exit-Status: 0 nach SIGTERM/SIGINT oder --duration, 64 Bedienungsfehler, 66 Flottendatei nicht lesbar, 3 auf der Metrik-Adresse kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>Record jobs, server samples and alerts in this SQLite job database (the station&apos;s format).</source>
        <translation>Jobs, Server-Messwerte und Alarme in dieser SQLite-Jobdatenbank aufzeichnen (das Format der Station).</translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server on 127.0.0.1 (HTTP and WebSocket on one port). It speaks the real protocol (v0.8.0 or v0.3.18), runs weight-free workflows with real images, and can generate a steady demo workload.</source>
        <translation>Den eingebauten simulierten ComfyUI-Server auf 127.0.0.1 starten (HTTP und WebSocket auf einem Port). Er spricht das echte Protokoll (v0.8.0 oder v0.3.18), führt Workflows ohne Modellgewichte mit echten Bildern aus und kann eine gleichmäßige Demo-Last erzeugen.</translation>
    </message>
    <message>
        <source>Port (default 8188; 0 picks a free one).</source>
        <translation>Port (Standard 8188; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Protocol version: 0.8.0 (default) or 0.3.18.</source>
        <translation>Protokollversion: 0.8.0 (Standard) oder 0.3.18.</translation>
    </message>
    <message>
        <source>Serve every route under this path prefix.</source>
        <translation>Jede Route unter diesem Pfadpräfix bereitstellen.</translation>
    </message>
    <message>
        <source>Also serve ComfyDeploy&apos;s /comfyui-deploy/ws.</source>
        <translation>Auch ComfyDeploys /comfyui-deploy/ws bereitstellen.</translation>
    </message>
    <message>
        <source>Also serve the ComfyScope relay (/comfyscope/relay), with $COMFYSCOPE_RELAY_TOKEN as its token when set.</source>
        <translation>Auch das ComfyScope-Relay (/comfyscope/relay) bereitstellen, mit $COMFYSCOPE_RELAY_TOKEN als Token, falls gesetzt.</translation>
    </message>
    <message>
        <source>Server preview method (default auto).</source>
        <translation>Vorschaumethode des Servers (Standard auto).</translation>
    </message>
    <message>
        <source>Milliseconds per sampler step (default 60).</source>
        <translation>Millisekunden pro Sampler-Schritt (Standard 60).</translation>
    </message>
    <message>
        <source>Queue a demo workflow for the newest client every MS milliseconds.</source>
        <translation>Alle MS Millisekunden einen Demo-Workflow für den neuesten Client einreihen.</translation>
    </message>
    <message>
        <source>Load mode: stream N previews per second (512x512 JPEG with progress and progress_state) to every connected client; each preview&apos;s metadata carries sent_ns for latency measurements (see &apos;watch&apos;).</source>
        <translation>Lastmodus: N Vorschauen pro Sekunde (512x512-JPEG mit progress und progress_state) an jeden verbundenen Client senden; die Metadaten jeder Vorschau tragen sent_ns für Latenzmessungen (siehe &apos;watch&apos;).</translation>
    </message>
    <message>
        <source>Run N simulated servers in this process, on N ports (with --port P &gt; 0: P, P+1, …), one &apos;listening on&apos; line each (default 1).</source>
        <translation>N simulierte Server in diesem Prozess auf N Ports starten (mit --port P &gt; 0: P, P+1, …), je eine Zeile &apos;listening on&apos; (Standard 1).</translation>
    </message>
    <message>
        <source>error: --servers must be between 1 and 1000</source>
        <translation>Fehler: --servers muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>error: cannot listen on port %1</source>
        <translation>Fehler: kann nicht auf Port %1 lauschen</translation>
    </message>
    <message>
        <source>simulated ComfyUI listening on %1</source>
        <translation>simuliertes ComfyUI lauscht auf %1</translation>
    </message>
    <message>
        <source>error: this build has no simulator</source>
        <translation>Fehler: dieser Build hat keinen Simulator</translation>
    </message>
    <message>
        <source>Watch a ComfyUI server. On a terminal: a progress line for the running job (bar, job, node, step, ETA), a line per finished job and connection change. Piped or with --json: one JSON object per line for every event: server messages, binary frames (kind, format, size, prompt and node), connection changes and protocol errors.

Exit status: 0 at the normal end (--count or --timeout reached, or SIGINT), 3 when the server cannot be reached at start.</source>
        <translation>Einen ComfyUI-Server beobachten. Im Terminal: eine Fortschrittszeile für den laufenden Job (Balken, Job, Node, Schritt, Restzeit) und eine Zeile je beendetem Job und Verbindungswechsel. Umgeleitet oder mit --json: ein JSON-Objekt pro Zeile für jedes Ereignis: Servernachrichten, Binärframes (Art, Format, Größe, Prompt und Node), Verbindungswechsel und Protokollfehler.

Exit-Status: 0 beim normalen Ende (--count oder --timeout erreicht, oder SIGINT), 3, wenn der Server beim Start nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Print JSON lines also on a terminal (the default when the output is piped).</source>
        <translation>JSON-Zeilen auch im Terminal ausgeben (Standard bei umgeleiteter Ausgabe).</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>connected to %1 without WebSocket: polling</source>
        <translation>mit %1 ohne WebSocket verbunden: Abfrage in Intervallen</translation>
    </message>
    <message>
        <source>lost %1 (%2), reconnecting</source>
        <translation>Verbindung zu %1 verloren (%2), neuer Versuch</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>gespeichert: %1</translation>
    </message>
    <message>
        <source>With --workload: skip a turn while N prompts are already waiting (default 0: no limit).</source>
        <translation>Mit --workload: eine Runde auslassen, solange schon N Prompts warten (Standard 0: keine Grenze).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch a ComfyUI server: queue, progress, live previews and outputs.</source>
        <translation>Einen ComfyUI-Server beobachten: Warteschlange, Fortschritt, Live-Vorschauen und Ausgaben.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run the built-in demo server and watch it.</source>
        <translation>Den eingebauten Demo-Server starten und beobachten.</translation>
    </message>
    <message>
        <source>Start in full screen.</source>
        <translation>Im Vollbild starten.</translation>
    </message>
    <message>
        <source>Auto-save outputs to this folder for this session.</source>
        <translation>Ausgaben in dieser Sitzung automatisch in diesen Ordner speichern.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>This build has no demo server.
</source>
        <translation>Dieser Build hat keinen Demo-Server.
</translation>
    </message>
    <message>
        <source>Once connected, queue this API-format workflow (JSON) and follow it. May be given more than once.</source>
        <translation>Nach dem Verbinden diesen Workflow im API-Format (JSON) einreihen und verfolgen. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Connect to this server (host:port or URL). Given more than once, the monitoring station watches them all.</source>
        <translation>Mit diesem Server verbinden (host:port oder URL). Mehrfach angegeben überwacht die Überwachungsstation alle.</translation>
    </message>
    <message>
        <source>Open the monitoring station (many servers, alerts, wall mode). With --demo: watch simulated servers.</source>
        <translation>Die Überwachungsstation öffnen (viele Server, Alarme, Wandmodus). Mit --demo: simulierte Server überwachen.</translation>
    </message>
    <message>
        <source>Watch the servers of this fleet file (JSON or INI) in the monitoring station.</source>
        <translation>Die Server dieser Flottendatei (JSON oder INI) in der Überwachungsstation überwachen.</translation>
    </message>
    <message>
        <source>Start the monitoring station in wall mode.</source>
        <translation>Die Überwachungsstation im Wandmodus starten.</translation>
    </message>
    <message>
        <source>Start the monitoring station locked (read-only: no interrupt, cancel or clear).</source>
        <translation>Die Überwachungsstation gesperrt starten (nur lesen: kein Unterbrechen, Abbrechen oder Leeren).</translation>
    </message>
    <message>
        <source>Number of simulated servers for --station --demo (default 8).</source>
        <translation>Anzahl simulierter Server für --station --demo (Standard 8).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Write the fleet&apos;s state as JSON to this file every few seconds (monitoring station).</source>
        <translation>Den Zustand der Flotte alle paar Sekunden als JSON in diese Datei schreiben (Überwachungsstation).</translation>
    </message>
    <message>
        <source>Serve the fleet&apos;s state as JSON on http://127.0.0.1:PORT/status.json (monitoring station).</source>
        <translation>Den Zustand der Flotte als JSON unter http://127.0.0.1:PORT/status.json bereitstellen (Überwachungsstation).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>--status-port: not a port number: %1
</source>
        <translation>--status-port: keine Portnummer: %1
</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics of the fleet on http://ADDR/metrics, e.g. 127.0.0.1:9464 (monitoring station; a bearer token from $COMFYSCOPE_METRICS_TOKEN when set).</source>
        <translation>Prometheus-Metriken der Flotte unter http://ADDR/metrics bereitstellen, z. B. 127.0.0.1:9464 (Überwachungsstation; ein Bearer-Token aus $COMFYSCOPE_METRICS_TOKEN, falls gesetzt).</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Follow every client&apos;s jobs live through the ComfyScope relay on the --server servers when they have it (token from $COMFYSCOPE_RELAY_TOKEN).</source>
        <translation>Die Jobs aller Clients live über das ComfyScope-Relay der mit --server angegebenen Server verfolgen, sofern vorhanden (Token aus $COMFYSCOPE_RELAY_TOKEN).</translation>
    </message>
    <message>
        <source>With --station --demo: fill the job history with this many days of simulated jobs and samples.</source>
        <translation>Mit --station --demo: den Job-Verlauf mit so vielen Tagen simulierter Jobs und Messwerte füllen.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Open the Trends window of this server (&quot;fleet&quot; for the whole fleet) at start (monitoring station).</source>
        <translation>Beim Start das Trends-Fenster dieses Servers öffnen („fleet“ für die ganze Flotte) (Überwachungsstation).</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Keep the job history (trends, History) in this SQLite file instead of the default one (viewer and monitoring station).</source>
        <translation>Den Jobverlauf (Trends, Verlauf) in dieser SQLite-Datei statt der Standarddatei führen (Viewer und Überwachungsstation).</translation>
    </message>
    <message>
        <source>Open the History browser (every stored job of the fleet) at start (monitoring station).</source>
        <translation>Beim Start den Verlaufsbrowser öffnen (jeder gespeicherte Job der Flotte) (Überwachungsstation).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertEngine</name>
    <message>
        <source>The server restarted: %1</source>
        <translation>Le serveur a redémarré : %1</translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s</source>
        <translation>Injoignable depuis plus de %1 s</translation>
    </message>
    <message>
        <source>Unreachable for more than %1 s: %2</source>
        <translation>Injoignable depuis plus de %1 s : %2</translation>
    </message>
    <message>
        <source>Job %1 shows no progress for more than %2 s (node %3)</source>
        <translation>La tâche %1 ne progresse plus depuis plus de %2 s (nœud %3)</translation>
    </message>
    <message>
        <source>%1 jobs in the queue (limit %2)</source>
        <translation>%1 tâches dans la file d&apos;attente (limite %2)</translation>
    </message>
    <message>
        <source>VRAM %1 % used (limit %2 %)</source>
        <translation>VRAM utilisée à %1 % (limite %2 %)</translation>
    </message>
    <message>
        <source>Acknowledged, still active</source>
        <translation>Acquittée, toujours active</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ComfyScope</name>
    <message>
        <source>no valid server address</source>
        <translation>aucune adresse de serveur valide</translation>
    </message>
    <message>
        <source>the server sent a message larger than the %1 byte cap; reconnecting</source>
        <translation>le serveur a envoyé un message dépassant la limite de %1 octets ; reconnexion</translation>
    </message>
    <message>
        <source>connection closed by the server (code %1)%2</source>
        <translation>connexion fermée par le serveur (code %1)%2</translation>
    </message>
    <message>
        <source>polling failed</source>
        <translation>échec de l&apos;interrogation</translation>
    </message>
    <message>
        <source>text message of %1 bytes exceeds the cap</source>
        <translation>le message texte de %1 octets dépasse la limite</translation>
    </message>
    <message>
        <source>no WebSocket handshake within %1 s</source>
        <translation>pas de négociation WebSocket en %1 s</translation>
    </message>
    <message>
        <source>no answer to WebSocket ping within %1 s; reconnecting</source>
        <translation>pas de réponse au ping WebSocket en %1 s ; reconnexion</translation>
    </message>
    <message>
        <source>reconnect requested</source>
        <translation>reconnexion demandée</translation>
    </message>
    <message>
        <source>status.exec_info.queue_remaining is missing or not a number</source>
        <translation>status.exec_info.queue_remaining manquant ou non numérique</translation>
    </message>
    <message>
        <source>negative queue_remaining</source>
        <translation>queue_remaining négatif</translation>
    </message>
    <message>
        <source>field &apos;status&apos; is not an object</source>
        <translation>le champ &apos;status&apos; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>missing field &apos;status&apos;</source>
        <translation>champ &apos;status&apos; manquant</translation>
    </message>
    <message>
        <source>missing field &apos;node&apos;</source>
        <translation>champ &apos;node&apos; manquant</translation>
    </message>
    <message>
        <source>field &apos;nodes&apos; is missing or not an object</source>
        <translation>le champ &apos;nodes&apos; est manquant ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>node entry &apos;%1&apos; is not an object</source>
        <translation>l&apos;entrée de nœud &apos;%1&apos; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2</source>
        <translation>nœud &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>field &apos;output&apos; is not an object</source>
        <translation>le champ &apos;output&apos; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>field &apos;max_upload_size&apos; is not a number</source>
        <translation>le champ &apos;max_upload_size&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>field &apos;entries&apos; is missing or not a list</source>
        <translation>le champ &apos;entries&apos; est manquant ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at offset %2</source>
        <translation>JSON mal formé : %1 à la position %2</translation>
    </message>
    <message>
        <source>message is not a JSON object</source>
        <translation>le message n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>message has no string &apos;%1&apos;</source>
        <translation>le message n&apos;a pas de chaîne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;data&apos; is missing or not an object</source>
        <translation>%1 : &apos;data&apos; est manquant ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>binary frame of %1 bytes exceeds the %2 byte cap</source>
        <translation>la trame binaire de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>binary frame of %1 bytes is shorter than its %2 byte header</source>
        <translation>la trame binaire de %1 octets est plus courte que son en-tête de %2 octets</translation>
    </message>
    <message>
        <source>preview frame without image</source>
        <translation>trame d&apos;aperçu sans image</translation>
    </message>
    <message>
        <source>type 4 metadata length %1 runs past the frame end (%2 bytes)</source>
        <translation>la longueur %1 des métadonnées de type 4 dépasse la fin de la trame (%2 octets)</translation>
    </message>
    <message>
        <source>type 4 metadata is not a JSON object</source>
        <translation>les métadonnées de type 4 ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>type 4 metadata: %1</source>
        <translation>métadonnées de type 4 : %1</translation>
    </message>
    <message>
        <source>type 4 frame without image</source>
        <translation>trame de type 4 sans image</translation>
    </message>
    <message>
        <source>TEXT frame prompt id length runs past the frame end</source>
        <translation>la longueur de l&apos;ID de prompt de la trame TEXT dépasse la fin de la trame</translation>
    </message>
    <message>
        <source>TEXT frame ends before its node id length</source>
        <translation>la trame TEXT se termine avant la longueur de l&apos;ID de nœud</translation>
    </message>
    <message>
        <source>TEXT frame node id length %1 runs past the frame end (%2 bytes)</source>
        <translation>la longueur %1 de l&apos;ID de nœud de la trame TEXT dépasse la fin de la trame (%2 octets)</translation>
    </message>
    <message>
        <source>unknown binary event type %1</source>
        <translation>type d&apos;événement binaire inconnu %1</translation>
    </message>
    <message>
        <source>unknown ComfyDeploy binary event %1</source>
        <translation>événement binaire ComfyDeploy inconnu %1</translation>
    </message>
    <message>
        <source>ComfyDeploy frame of %1 bytes ends inside its 24-byte output_id</source>
        <translation>la trame ComfyDeploy de %1 octets se termine dans son output_id de 24 octets</translation>
    </message>
    <message>
        <source>ComfyDeploy frame without image</source>
        <translation>trame ComfyDeploy sans image</translation>
    </message>
    <message>
        <source>%1: no answer from the server in time</source>
        <translation>%1 : pas de réponse du serveur à temps</translation>
    </message>
    <message>
        <source>%1: aborted</source>
        <translation>%1 : interrompu</translation>
    </message>
    <message>
        <source>%1: unexpected response body</source>
        <translation>%1 : contenu de réponse inattendu</translation>
    </message>
    <message>
        <source>%1: response is not JSON</source>
        <translation>%1 : la réponse n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>nœud %1 : %2</translation>
    </message>
    <message>
        <source>node %1 (%2): %3</source>
        <translation>nœud %1 (%2) : %3</translation>
    </message>
    <message>
        <source>POST /prompt: the answer has no prompt_id</source>
        <translation>POST /prompt : la réponse ne contient pas de prompt_id</translation>
    </message>
    <message>
        <source>GET /queue: no queue_running/queue_pending lists</source>
        <translation>GET /queue : pas de listes queue_running/queue_pending</translation>
    </message>
    <message>
        <source>GET /history: the answer is not a JSON object</source>
        <translation>GET /history : la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>GET /api/jobs: no jobs list</source>
        <translation>GET /api/jobs : pas de liste de tâches</translation>
    </message>
    <message>
        <source>upload: the answer has no name</source>
        <translation>envoi : la réponse ne contient pas de nom</translation>
    </message>
    <message>
        <source>empty server address</source>
        <translation>adresse de serveur vide</translation>
    </message>
    <message>
        <source>not a valid server address: %1</source>
        <translation>adresse de serveur non valide : %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (use http, https, ws or wss)</source>
        <translation>schéma &apos;%1&apos; non pris en charge (utilisez http, https, ws ou wss)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>Impossible de se connecter à « %1 » : %2</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>no application object</source>
        <translation>pas d&apos;objet application</translation>
    </message>
    <message>
        <source>no D-Bus session bus for a secret service</source>
        <translation>pas de bus de session D-Bus pour un service de secrets</translation>
    </message>
    <message>
        <source>the keychain returned another value</source>
        <translation>le trousseau a renvoyé une autre valeur</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>Nœud %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Interrupted at node %1 (%2)</source>
        <translation>Interrompu au nœud %1 (%2)</translation>
    </message>
    <message>
        <source>The job left the queue without a history entry (server restarted?).</source>
        <translation>La tâche a quitté la file sans entrée d&apos;historique (serveur redémarré ?).</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue : %1</translation>
    </message>
    <message>
        <source>Reachable (polling REST)</source>
        <translation>Joignable (interrogation REST)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Finished in %1; outputs: %2</source>
        <translation>Terminé en %1 ; sorties : %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>La tâche %1 a échoué</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation>Retiré de la file</translation>
    </message>
    <message>
        <source>the server reports a different version or command line</source>
        <translation>le serveur indique une autre version ou ligne de commande</translation>
    </message>
    <message>
        <source>its history no longer has prompt %1</source>
        <translation>son historique ne connaît plus le prompt %1</translation>
    </message>
    <message>
        <source>Server restarted (%1)</source>
        <translation>Serveur redémarré (%1)</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (SHA-256 %1): %2</source>
        <translation>Certificat TLS non approuvé (SHA-256 %1) : %2</translation>
    </message>
    <message>
        <source>Session resumed (%1)</source>
        <translation>Session reprise (%1)</translation>
    </message>
    <message>
        <source>Session started (%1)</source>
        <translation>Session démarrée (%1)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Seen in the queue (another client)</source>
        <translation>Vue dans la file (autre client)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>the server refused the WebSocket connection (HTTP %1)</source>
        <translation>le serveur a refusé la connexion WebSocket (HTTP %1)</translation>
    </message>
    <message>
        <source>TLS certificate not trusted (%1); SHA-256 %2</source>
        <translation>certificat TLS non approuvé (%1) ; SHA-256 %2</translation>
    </message>
    <message>
        <source>no status broadcast after queuing a prompt: the server lost this connection&apos;s registration; reconnecting</source>
        <translation>aucun statut diffusé après la mise en file d&apos;un prompt : le serveur a perdu l&apos;enregistrement de cette connexion ; reconnexion</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1 : HTTP %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2 — %3</source>
        <translation>%1 : HTTP %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>route: network error</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>POST /prompt: %1</source>
        <translation>POST /prompt : %1</translation>
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
        <translation>GPU%1 %2 : VRAM %3 %</translation>
    </message>
    <message>
        <source>frontend required %1</source>
        <translation>frontend requis : %1</translation>
    </message>
    <message>
        <source>packages: %1</source>
        <translation>paquets : %1</translation>
    </message>
    <message>
        <source>prompt id &quot;%1&quot; is not a lowercase UUID such as c3df5ecf-7669-447b-a418-f9e91d115513</source>
        <translation>l’identifiant de prompt « %1 » n’est pas un UUID en minuscules comme c3df5ecf-7669-447b-a418-f9e91d115513</translation>
    </message>
    <message>
        <source>the server&apos;s queue changed but no status broadcast reached this connection: the server lost its registration; reconnecting</source>
        <translation>la file du serveur a changé mais aucune diffusion de statut n’a atteint cette connexion : le serveur a perdu son enregistrement ; reconnexion</translation>
    </message>
    <message>
        <source>%1: the answer is larger than the %2 byte cap</source>
        <translation>%1 : la réponse dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>%1: the answer did not complete within %2 s</source>
        <translation>%1 : la réponse ne s’est pas terminée en %2 s</translation>
    </message>
    <message>
        <source>class %1 is not installed on the server</source>
        <translation>la classe %1 n’est pas installée sur le serveur</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Asset scan failed: %1</source>
        <translation>échec de l’analyse des ressources : %1</translation>
    </message>
    <message>
        <source>Asset scan %1 (%2 files)</source>
        <translation>Analyse des ressources %1 (%2 fichiers)</translation>
    </message>
    <message>
        <source>Asset scan %1</source>
        <translation>Analyse des ressources %1</translation>
    </message>
    <message>
        <source>No job database file given.</source>
        <translation>Aucun fichier de base de données des tâches indiqué.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing (package libqt6sql6-sqlite); the job database is off.</source>
        <translation>Le pilote SQLite de Qt est absent (paquet libqt6sql6-sqlite) ; la base de données des tâches est désactivée.</translation>
    </message>
    <message>
        <source>The job database %1 is a folder, not a file.</source>
        <translation>La base de données des tâches %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the job database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données des tâches.</translation>
    </message>
    <message>
        <source>The job database %1 is already open in this program.</source>
        <translation>La base de données des tâches %1 est déjà ouverte dans ce programme.</translation>
    </message>
    <message>
        <source>The job database %1 is in use by another ComfyScope (process %2 on %3). Only one station can write to it; use --db to choose another file.</source>
        <translation>La base de données des tâches %1 est utilisée par un autre ComfyScope (processus %2 sur %3). Une seule station peut y écrire ; choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock beside the job database.</source>
        <translation>Impossible de créer le fichier de verrou %1.lock à côté de la base de données des tâches.</translation>
    </message>
    <message>
        <source>Cannot open the job database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données des tâches %1 : %2</translation>
    </message>
    <message>
        <source>Cannot use the job database %1: %2</source>
        <translation>Impossible d’utiliser la base de données des tâches %1 : %2</translation>
    </message>
    <message>
        <source>The job database %1 is unreadable (%2) and could not be renamed aside; it was left as it is.</source>
        <translation>La base de données des tâches %1 est illisible (%2) et n’a pas pu être renommée ; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The job database %1 was unreadable (%2). It was kept as %3 and a new one was started.</source>
        <translation>La base de données des tâches %1 était illisible (%2). Elle a été conservée sous %3 et une nouvelle a été créée.</translation>
    </message>
    <message>
        <source>The job database %1 was written by a newer ComfyScope (schema %2, this one knows %3); it was left as it is.</source>
        <translation>La base de données des tâches %1 a été écrite par un ComfyScope plus récent (schéma %2, celui-ci connaît %3) ; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>Cannot update the job database %1 to schema %2: %3</source>
        <translation>Impossible de mettre à jour la base de données des tâches %1 vers le schéma %2 : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: use HOST:PORT, e.g. 127.0.0.1:9464</source>
        <translation>« %1 » n’est pas une adresse : utilisez HÔTE:PORT, p. ex. 127.0.0.1:9464</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d’écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>Webhook %1: not an http:// or https:// URL</source>
        <translation>Webhook %1 : ce n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolue : %1</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>Tâche %1 terminée : %2</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): queue full (%3 messages), dropping the oldest</source>
        <translation>Webhook %1 (%2) : file pleine (%3 messages), la plus ancienne est abandonnée</translation>
    </message>
    <message>
        <source>Webhook %1 (%2) delivers again</source>
        <translation>Le webhook %1 (%2) délivre de nouveau</translation>
    </message>
    <message>
        <source>Webhook %1 (%2) failed: %3; retrying</source>
        <translation>Échec du webhook %1 (%2) : %3 ; nouvel essai</translation>
    </message>
    <message>
        <source>Webhook %1 (%2): message dropped after %3 attempts (%4)</source>
        <translation>Webhook %1 (%2) : message abandonné après %3 tentatives (%4)</translation>
    </message>
    <message>
        <source>relayed message without type or relay envelope</source>
        <translation>message relayé sans type ni enveloppe de relais</translation>
    </message>
    <message>
        <source>the ComfyScope relay on this server requires a token; none is set</source>
        <translation>le relais ComfyScope de ce serveur exige un jeton ; aucun n’est défini</translation>
    </message>
    <message>
        <source>the ComfyScope relay wants a token (HTTP 401); none was sent</source>
        <translation>le relais ComfyScope demande un jeton (HTTP 401) ; aucun n’a été envoyé</translation>
    </message>
    <message>
        <source>the ComfyScope relay refused the token (HTTP 403)</source>
        <translation>le relais ComfyScope a refusé le jeton (HTTP 403)</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Following every client&apos;s jobs through the relay</source>
        <translation>Suivi des tâches de tous les clients via le relais</translation>
    </message>
    <message>
        <source>Running for client %1 (relayed)</source>
        <translation>En cours pour le client %1 (relayé)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::AlertRules</name>
    <message>
        <source>Server down</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Job stalled</source>
        <translation>Tâche bloquée</translation>
    </message>
    <message>
        <source>Execution error</source>
        <translation>Erreur d&apos;exécution</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Longueur de la file</translation>
    </message>
    <message>
        <source>VRAM use</source>
        <translation>Utilisation de la VRAM</translation>
    </message>
    <message>
        <source>Server restarted</source>
        <translation>Serveur redémarré</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> jobs</source>
        <translation> tâches</translation>
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
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>Not an image in a format this viewer can read.</source>
        <translation>Pas une image dans un format lisible par cette visionneuse.</translation>
    </message>
    <message>
        <source>Refused to decode a %1 × %2 image: it would need %3 of memory (the limit is %4 × %4 pixels and %5).</source>
        <translation>Décodage d&apos;une image de %1 × %2 refusé : il faudrait %3 de mémoire (la limite est de %4 × %4 pixels et %5).</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>L&apos;image n&apos;a pas pu être décodée : %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AlertGroupModel</name>
    <message numerus="yes">
        <source>%1
%n time(s), first %2, last %3</source>
        <translation>
            <numerusform>%1
%n fois, première %2, dernière %3</numerusform>
            <numerusform>%1
%n fois, première %2, dernière %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière fois</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::AutoSaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Refused to save under the name &quot;%1&quot;.</source>
        <translation>Enregistrement sous le nom « %1 » refusé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Too many files named like %1.</source>
        <translation>Trop de fichiers nommés comme %1.</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectDialog</name>
    <message>
        <source>Remember passwords and tokens</source>
        <translation>Mémoriser les mots de passe et jetons</translation>
    </message>
    <message>
        <source>Connect to a ComfyUI Server</source>
        <translation>Se connecter à un serveur ComfyUI</translation>
    </message>
    <message>
        <source>host:port, or a URL with a path prefix for a reverse proxy, e.g. https://example.org/comfy</source>
        <translation>hôte:port, ou une URL avec un préfixe de chemin pour un proxy inverse, p. ex. https://example.org/comfy</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Nom d&apos;utilisateur et mot de passe (basic)</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Sent as ?token=… on every request (ComfyUI-Login and similar)</source>
        <translation>Envoyé comme ?token=… à chaque requête (ComfyUI-Login et similaires)</translation>
    </message>
    <message>
        <source>&amp;Query token:</source>
        <translation>Jeton de &amp;requête :</translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation>p. ex. X-API-Key</translation>
    </message>
    <message>
        <source>Extra &amp;header:</source>
        <translation>&amp;En-tête supplémentaire :</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>&amp;Valeur de l&apos;en-tête :</translation>
    </message>
    <message>
        <source>Sent as the Comfy-User header (multi-user servers)</source>
        <translation>Envoyé comme en-tête Comfy-User (serveurs multi-utilisateurs)</translation>
    </message>
    <message>
        <source>Comfy &amp;user:</source>
        <translation>&amp;Utilisateur Comfy :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter the address of a ComfyUI server.</source>
        <translation>Saisissez l&apos;adresse d&apos;un serveur ComfyUI.</translation>
    </message>
    <message>
        <source>Not a server address.</source>
        <translation>Pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The header name may not contain spaces or colons.</source>
        <translation>Le nom de l&apos;en-tête ne peut contenir ni espaces ni deux-points.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Réglage du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Pas de proxy</translation>
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
        <translation>Comment joindre ce serveur. Réglage du système : les paramètres de proxy du système (ou aucun).</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>proxy.example.org</source>
        <translation>proxy.example.org</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Default: 8080 for HTTP, 1080 for SOCKS5</source>
        <translation>Par défaut : 8080 pour HTTP, 1080 pour SOCKS5</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ôte :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>Utilisat&amp;eur du proxy :</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Mot de passe du pro&amp;xy :</translation>
    </message>
    <message>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Pro&amp;xy: %1</source>
        <translation>Pro&amp;xy : %1</translation>
    </message>
    <message>
        <source>Enter the host name of the proxy.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy.</translation>
    </message>
    <message>
        <source>The proxy host is a host name or an IP address, without spaces or slashes.</source>
        <translation>L&apos;hôte du proxy est un nom d&apos;hôte ou une adresse IP, sans espaces ni barres obliques.</translation>
    </message>
    <message>
        <source>Shows or hides more settings</source>
        <translation>Affiche ou masque d&apos;autres paramètres</translation>
    </message>
    <message>
        <source>Follow every client&apos;s jobs (ComfyScope relay)</source>
        <translation>Suivre les tâches de tous les clients (relais ComfyScope)</translation>
    </message>
    <message>
        <source>When the server has the ComfyScope relay extension, show other clients&apos; jobs with live progress and previews</source>
        <translation>Si le serveur dispose de l’extension de relais ComfyScope, afficher les tâches des autres clients avec leur progression et leurs aperçus en direct</translation>
    </message>
    <message>
        <source>The relay&apos;s COMFYSCOPE_RELAY_TOKEN</source>
        <translation>Le COMFYSCOPE_RELAY_TOKEN du relais</translation>
    </message>
    <message>
        <source>&amp;Relay token:</source>
        <translation>Jeton de &amp;relais :</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ConnectionIndicator</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connected (polling)</source>
        <translation>Connecté (interrogation)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Server: %2</source>
        <translation>%1
Serveur : %2</translation>
    </message>
    <message>
        <source>
Last error: %1</source>
        <translation>
Dernière erreur : %1</translation>
    </message>
    <message>
        <source>
Click to connect to another server.</source>
        <translation>
Cliquez pour vous connecter à un autre serveur.</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Demo::DemoFleet</name>
    <message>
        <source>A demo server could not listen on a local port.</source>
        <translation>Un serveur de démo n&apos;a pu écouter sur aucun port local.</translation>
    </message>
    <message>
        <source>gpu-%1</source>
        <translation>gpu-%1</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (hors ligne)</translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation>Cette version n&apos;a pas de serveur de démo.</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Demo::DemoServer</name>
    <message>
        <source>The demo server could not listen on a local port.</source>
        <translation>Le serveur de démo n&apos;a pu écouter sur aucun port local.</translation>
    </message>
    <message>
        <source>This build has no demo server.</source>
        <translation>Cette version n&apos;a pas de serveur de démo.</translation>
    </message>
    <message>
        <source>Demo with a ComfyDeploy output</source>
        <translation>Démo avec une sortie ComfyDeploy</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::DemoHistorySeeder</name>
    <message numerus="yes">
        <source>Filling the job history with %n day(s) of simulated jobs…</source>
        <translation>
            <numerusform>Remplissage de l’historique avec %n jour de tâches simulées…</numerusform>
            <numerusform>Remplissage de l’historique avec %n jours de tâches simulées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo History</source>
        <translation>Historique de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n simulated job(s) to the job database…</source>
        <translation>
            <numerusform>Écriture de %n tâche simulée dans la base de données des tâches…</numerusform>
            <numerusform>Écriture de %n tâches simulées dans la base de données des tâches…</numerusform>
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
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected events (or all shown) to the clipboard</source>
        <translation>Copier les événements sélectionnés (ou tous ceux affichés) dans le presse-papiers</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetQueueModel</name>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n sortie</numerusform>
            <numerusform>%n sorties</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTableModel</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>another client: no live detail</source>
        <translation>autre client : pas de détail en direct</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Running job</source>
        <translation>Tâche en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Fin estimée</translation>
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
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::FleetTileDelegate</name>
    <message>
        <source>Not watched</source>
        <translation>Non surveillé</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Down for %1</source>
        <translation>Injoignable depuis %1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>File %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed/h</source>
        <translation>
            <numerusform>%n échec/h</numerusform>
            <numerusform>%n échecs/h</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>(another client: no live detail)</source>
        <translation>(autre client : pas de détail en direct)</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Reste %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>No health data yet</source>
        <translation>Pas encore de données système</translation>
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
        <translation>charge %1 %</translation>
    </message>
    <message>
        <source>GPU%1</source>
        <translation>GPU%1</translation>
    </message>
    <message>
        <source>queued by %1</source>
        <translation>mis en file par %1</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>un autre client</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Q %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
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
        <translation>Décodage…</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
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
        <translation>Aperçu</translation>
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
        <translation>Sortie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt : %1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (déduit)</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Nœud : %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Format: %1, %2 × %3, %4</source>
        <translation>Format : %1, %2 × %3, %4</translation>
    </message>
    <message>
        <source>Previews received: %1 (showing the latest)</source>
        <translation>Aperçus reçus : %1 (le plus récent est affiché)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçu : %1</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>Enregistré dans : %1</translation>
    </message>
    <message>
        <source>Image from node %1 of prompt %2: %3</source>
        <translation>Image du nœud %1 du prompt %2 : %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::GalleryView</name>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Show or hide %1 images</source>
        <translation>Afficher ou masquer les images %1</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every image from the gallery (saved files stay)</source>
        <translation>Retirer toutes les images de la galerie (les fichiers enregistrés restent)</translation>
    </message>
    <message>
        <source>No images yet.
Sampler previews, WebSocket and ComfyDeploy outputs and the final images of every job appear here as they arrive.</source>
        <translation>Pas encore d&apos;images.
Les aperçus du sampler, les sorties WebSocket et ComfyDeploy et les images finales de chaque tâche apparaissent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Images : %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 images</source>
        <translation>%1 images affichées sur %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation>Copier l&apos;ID du prompt</translation>
    </message>
    <message>
        <source>Show Only This Job</source>
        <translation>Afficher seulement cette tâche</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Ouvrir le dossier parent</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryBrowser</name>
    <message>
        <source>&amp;Newer</source>
        <translation>Plus &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Plus &amp;anciennes</translation>
    </message>
    <message>
        <source>&amp;Copy Error</source>
        <translation>&amp;Copier l’erreur</translation>
    </message>
    <message>
        <source>Open O&amp;utputs</source>
        <translation>Ouvrir les &amp;sorties</translation>
    </message>
    <message>
        <source>&amp;Queue Again</source>
        <translation>Remettre en &amp;file</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Not succeeded</source>
        <translation>Non réussies</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>id du client</translation>
    </message>
    <message>
        <source>name or hash</source>
        <translation>nom ou hachage</translation>
    </message>
    <message>
        <source>text of the error</source>
        <translation>texte de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow :</translation>
    </message>
    <message>
        <source>E&amp;rror:</source>
        <translation>E&amp;rreur :</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Selected Jobs…</source>
        <translation>Tâches sélectionnées…</translation>
    </message>
    <message>
        <source>All Matches…</source>
        <translation>Tous les résultats…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Double-click an output to open it</source>
        <translation>Double-cliquez sur une sortie pour l’ouvrir</translation>
    </message>
    <message>
        <source>Time per node</source>
        <translation>Temps par nœud</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>The error text is on the clipboard.</source>
        <translation>Le texte de l’erreur est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <source>No job database is open.</source>
        <translation>Aucune base de données des tâches n’est ouverte.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No job matches.</source>
        <translation>Aucune tâche ne correspond.</translation>
    </message>
    <message>
        <source>Jobs %1–%2 of %3</source>
        <translation>Tâches %1–%2 sur %3</translation>
    </message>
    <message>
        <source>The workflow of this job is not known</source>
        <translation>Le workflow de cette tâche est inconnu</translation>
    </message>
    <message>
        <source>Queue the stored workflow again on %1</source>
        <translation>Remettre le workflow enregistré en file sur %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>queued by this station</source>
        <translation>mise en file par cette station</translation>
    </message>
    <message>
        <source>another client&apos;s, followed live through the relay</source>
        <translation>d’un autre client, suivie en direct par le relais</translation>
    </message>
    <message>
        <source>another client&apos;s (from the server&apos;s history)</source>
        <translation>d’un autre client (historique du serveur)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d’exécution</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Not recorded (the job was not followed live)</source>
        <translation>Non enregistré (la tâche n’a pas été suivie en direct)</translation>
    </message>
    <message>
        <source>No outputs</source>
        <translation>Aucune sortie</translation>
    </message>
    <message>
        <source>No Outputs</source>
        <translation>Aucune sortie</translation>
    </message>
    <message>
        <source>Open O&amp;utputs (%1)</source>
        <translation>Ouvrir les &amp;sorties (%1)</translation>
    </message>
    <message>
        <source>This job has no outputs.</source>
        <translation>Cette tâche n’a aucune sortie.</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet: its outputs cannot be fetched.</source>
        <translation>%1 ne fait plus partie de la flotte : ses sorties ne peuvent pas être récupérées.</translation>
    </message>
    <message>
        <source>%1 is not reachable now: its outputs cannot be fetched.</source>
        <translation>%1 est injoignable pour l’instant : ses sorties ne peuvent pas être récupérées.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n output(s) from %1…</source>
        <translation>
            <numerusform>Récupération de %n sortie depuis %1…</numerusform>
            <numerusform>Récupération de %n sorties depuis %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer on %2.</source>
        <translation>%1 n’est plus sur %2.</translation>
    </message>
    <message>
        <source>%1 could not be fetched from %2: %3</source>
        <translation>Impossible de récupérer %1 depuis %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) fetched from %1.</source>
        <translation>
            <numerusform>%n sortie récupérée depuis %1.</numerusform>
            <numerusform>%n sorties récupérées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n output(s) is on %1 any more (%2)</source>
        <translation>
            <numerusform>La sortie (%n) n’est plus sur %1 (%2)</numerusform>
            <numerusform>Aucune des %n sorties n’est plus sur %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 outputs fetched; %3</source>
        <translation>%1 sorties sur %2 récupérées ; %3</translation>
    </message>
    <message>
        <source>The station is locked: nothing can be queued.</source>
        <translation>La station est verrouillée : rien ne peut être mis en file.</translation>
    </message>
    <message>
        <source>Choose a job first.</source>
        <translation>Choisissez d’abord une tâche.</translation>
    </message>
    <message>
        <source>The workflow of %1 is not stored; it cannot be queued again.</source>
        <translation>Le workflow de %1 n’est pas enregistré ; il ne peut pas être remis en file.</translation>
    </message>
    <message>
        <source>%1 is no longer in the fleet.</source>
        <translation>%1 ne fait plus partie de la flotte.</translation>
    </message>
    <message>
        <source>%1 is not reachable now.</source>
        <translation>%1 est injoignable pour l’instant.</translation>
    </message>
    <message>
        <source>Queueing %1 on %2…</source>
        <translation>Mise en file de %1 sur %2…</translation>
    </message>
    <message>
        <source>Queued %1 on %2 as %3</source>
        <translation>%1 mise en file sur %2 sous %3</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 a refusé %2 : %3</translation>
    </message>
    <message>
        <source>Nothing to export: no job is selected.</source>
        <translation>Rien à exporter : aucune tâche n’est sélectionnée.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) written to %1</source>
        <translation>
            <numerusform>%n tâche écrite dans %1</numerusform>
            <numerusform>%n tâches écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All Matching Jobs</source>
        <translation>Exporter toutes les tâches trouvées</translation>
    </message>
    <message>
        <source>Export Selected Jobs</source>
        <translation>Exporter les tâches sélectionnées</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryDialog</name>
    <message>
        <source>Load More</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Double-click an output to open it in the viewer</source>
        <translation>Double-cliquez sur une sortie pour l&apos;ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Impossible de charger l&apos;historique : %1</translation>
    </message>
    <message>
        <source>Jobs shown: %1 (Load More for older ones)</source>
        <translation>Tâches affichées : %1 (« Charger plus » pour les plus anciennes)</translation>
    </message>
    <message>
        <source>All jobs shown: %1</source>
        <translation>Toutes les tâches affichées : %1</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Cached nodes: %1</source>
        <translation>Nœuds en cache : %1</translation>
    </message>
    <message>
        <source>Error in node %1 (%2): %3</source>
        <translation>Erreur dans le nœud %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Search prompt, status, date, client…</source>
        <translation>Rechercher prompt, statut, date, client…</translation>
    </message>
    <message numerus="yes">
        <source>Not connected: %n job(s) from the job database.</source>
        <translation>
            <numerusform>Non connecté : %n tâche de la base de données des tâches.</numerusform>
            <numerusform>Non connecté : %n tâches de la base de données des tâches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) from the job database.</source>
        <translation>
            <numerusform>%n tâche de la base de données des tâches.</numerusform>
            <numerusform>%n tâches de la base de données des tâches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the job database</source>
        <translation>
            <numerusform>%n de la base de données des tâches</numerusform>
            <numerusform>%n de la base de données des tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>From the job database (an earlier run)</source>
        <translation>De la base de données des tâches (une exécution précédente)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryModel</name>
    <message>
        <source>Unknown</source>
        <comment>history outcome</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>this viewer</source>
        <translation>ce visualiseur</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>Queued By</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>From the job database: seen in an earlier run; the server no longer lists it</source>
        <translation>De la base de données des tâches : vue lors d’une exécution précédente ; le serveur ne la liste plus</translation>
    </message>
    <message>
        <source>From the server&apos;s history</source>
        <translation>De l’historique du serveur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Job database</source>
        <translation>Base des tâches</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::HistoryOutputsModel</name>
    <message>
        <source>%1
%2 folder%3</source>
        <translation>%1
dossier %2%3</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ImageCanvas</name>
    <message>
        <source>No image</source>
        <translation>Pas d&apos;image</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::JobState</name>
    <message>
        <source>Pending</source>
        <comment>job state</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job state</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>job state</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job state</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>job state</comment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>job state</comment>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::Lightbox</name>
    <message>
        <source>Image Viewer</source>
        <translation>Visionneuse d&apos;images</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Plus récente</translation>
    </message>
    <message>
        <source>Previous (newer) image (Left)</source>
        <translation>Image précédente (plus récente) (Gauche)</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus ancienne</translation>
    </message>
    <message>
        <source>Next (older) image (Right)</source>
        <translation>Image suivante (plus ancienne) (Droite)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Ajuster l&apos;image à la fenêtre (F)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show one image pixel per screen pixel (1)</source>
        <translation>Afficher un pixel d&apos;image par pixel d&apos;écran (1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>Copier l&apos;image dans le presse-papiers (Ctrl+C)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder the image was auto-saved to</source>
        <translation>Ouvrir le dossier où l&apos;image a été enregistrée automatiquement</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Glisser</translation>
    </message>
    <message>
        <source>Drag the image into another application (or drag the image itself when it fits the window)</source>
        <translation>Glisser l&apos;image vers une autre application (ou glisser l&apos;image elle-même si elle tient dans la fenêtre)</translation>
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
        <translation>Chargement de l&apos;image complète…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>not in the gallery view</source>
        <translation>absente de la vue de la galerie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>inferred from the running node</source>
        <translation>déduite du nœud en cours</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation>Encodée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Aperçus</translation>
    </message>
    <message>
        <source>%1 received, showing the latest</source>
        <translation>%1 reçus, le plus récent est affiché</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Enregistrée dans</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Embedded metadata</source>
        <translation>Métadonnées intégrées</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>Image WebP (*.webp)</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Enregistrer l&apos;image sous</translation>
    </message>
    <message>
        <source>The image is still being decoded; try again.</source>
        <translation>L&apos;image est encore en cours de décodage ; réessayez.</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>Impossible d&apos;enregistrer %1 :
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
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Appli</translation>
    </message>
    <message>
        <source>ComfyScope %1 started</source>
        <translation>ComfyScope %1 démarré</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Connect to a ComfyUI server (Ctrl+O)</source>
        <translation>Se connecter à un serveur ComfyUI (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Start &amp;Demo Server</source>
        <translation>Lancer le serveur de &amp;démo</translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server with a demo workload</source>
        <translation>Lancer le serveur ComfyUI simulé intégré avec une charge de démonstration</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Interrupt</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>Stop the job that is running on the server (Ctrl+I)</source>
        <translation>Arrêter la tâche en cours sur le serveur (Ctrl+I)</translation>
    </message>
    <message>
        <source>C&amp;lear Pending</source>
        <translation>&amp;Vider les tâches en attente</translation>
    </message>
    <message>
        <source>Remove every pending job from the server&apos;s queue (Ctrl+Shift+Del)</source>
        <translation>Retirer toutes les tâches en attente de la file du serveur (Ctrl+Maj+Suppr)</translation>
    </message>
    <message>
        <source>&amp;Refresh Queue</source>
        <translation>&amp;Actualiser la file</translation>
    </message>
    <message>
        <source>Forget &amp;Finished Jobs</source>
        <translation>Oublier les tâches &amp;terminées</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Browse the server&apos;s past jobs (Ctrl+H)</source>
        <translation>Parcourir les tâches passées du serveur (Ctrl+H)</translation>
    </message>
    <message>
        <source>Show Sampler &amp;Previews</source>
        <translation>Afficher les &amp;aperçus du sampler</translation>
    </message>
    <message>
        <source>&amp;Open Latest Image</source>
        <translation>&amp;Ouvrir la dernière image</translation>
    </message>
    <message>
        <source>&amp;About ComfyScope</source>
        <translation>À &amp;propos de ComfyScope</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Recent &amp;Servers</source>
        <translation>Serveurs &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;File d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Auto-save on</source>
        <translation>Enregistrement auto activé</translation>
    </message>
    <message>
        <source>Outputs are saved to %1 as %2</source>
        <translation>Les sorties sont enregistrées dans %1 sous %2</translation>
    </message>
    <message>
        <source>Auto-save off</source>
        <translation>Enregistrement auto désactivé</translation>
    </message>
    <message>
        <source>Turn auto-save on in Preferences</source>
        <translation>Activez l&apos;enregistrement automatique dans les préférences</translation>
    </message>
    <message>
        <source>Saving outputs to %1 for this session</source>
        <translation>Enregistrement des sorties dans %1 pour cette session</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File : %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;: %2</source>
        <translation>Impossible de se connecter à « %1 » : %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cannot connect to &quot;%1&quot;:
%2</source>
        <translation>Impossible de se connecter à « %1 » :
%2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Demo server running at %1; it queues a workflow every %2 s</source>
        <translation>Serveur de démo en cours sur %1 ; il met un workflow en file toutes les %2 s</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>Serveur de démo (%1)</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Déconnecté de %1</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate of %1 not trusted: %2</source>
        <translation>Certificat de %1 non approuvé : %2</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Le certificat de %1 n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Trust it only if this fingerprint is the one of your server:

SHA-256: %1</source>
        <translation>Ne l&apos;approuvez que si cette empreinte est celle de votre serveur :

SHA-256 : %1</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>Approuver ce certificat</translation>
    </message>
    <message>
        <source>Interrupt sent</source>
        <translation>Interruption envoyée</translation>
    </message>
    <message>
        <source>Interrupt failed: %1</source>
        <translation>Échec de l&apos;interruption : %1</translation>
    </message>
    <message>
        <source>Pending jobs cleared</source>
        <translation>Tâches en attente retirées</translation>
    </message>
    <message>
        <source>Clearing the queue failed: %1</source>
        <translation>Échec du vidage de la file : %1</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Annulation demandée</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation>Échec de l&apos;annulation : %1</translation>
    </message>
    <message>
        <source>About ComfyScope</source>
        <translation>À propos de ComfyScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;A native viewer for ComfyUI servers: live queue, progress, previews and outputs.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ComfyScope %1&lt;/h3&gt;&lt;p&gt;Une visionneuse native pour serveurs ComfyUI : file d&apos;attente en direct, progression, aperçus et sorties.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
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
        <translation>Images : %1 · mémoire %2 sur %3</translation>
    </message>
    <message>
        <source>Full-size images in memory: %1 (budget %2)
Thumbnails: %3
Frames received: %4, decoded: %5, skipped while busy: %6</source>
        <translation>Images pleine taille en mémoire : %1 (budget %2)
Vignettes : %3
Trames reçues : %4, décodées : %5, ignorées (occupé) : %6</translation>
    </message>
    <message>
        <source>&amp;Queue Workflow…</source>
        <translation>&amp;Mettre un workflow en file…</translation>
    </message>
    <message>
        <source>Queue an API-format workflow (JSON; in ComfyUI: Workflow → Export (API)) on the server</source>
        <translation>Mettre en file sur le serveur un workflow au format API (JSON ; dans ComfyUI : Workflow → Export (API))</translation>
    </message>
    <message>
        <source>Queue Workflow</source>
        <translation>Mettre un workflow en file</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Connectez-vous d&apos;abord à un serveur.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON workflow: %2</source>
        <translation>%1 n&apos;est pas un workflow JSON : %2</translation>
    </message>
    <message>
        <source>This is a UI workflow. In ComfyUI, use Workflow → Export (API) and queue that file.</source>
        <translation>Ceci est un workflow d&apos;interface. Dans ComfyUI, utilisez Workflow → Export (API) et mettez ce fichier en file.</translation>
    </message>
    <message>
        <source>Queued %1 as %2</source>
        <translation>%1 mis en file sous %2</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 a été refusé : %2</translation>
    </message>
    <message>
        <source>The server refused %1.</source>
        <translation>Le serveur a refusé %1.</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Edit Address…</source>
        <translation>Modifier l’adresse…</translation>
    </message>
    <message>
        <source>API-format workflows or ComfyUI images (*.json *.png);;All files (*)</source>
        <translation>Workflows au format API ou images ComfyUI (*.json *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 holds no workflow: only PNGs saved by ComfyUI carry their prompt.</source>
        <translation>%1 ne contient aucun workflow : seuls les PNG enregistrés par ComfyUI portent leur prompt.</translation>
    </message>
    <message>
        <source>The workflow of %1 is not known; it cannot be queued again.</source>
        <translation>Le workflow de %1 est inconnu ; il ne peut pas être remis en file.</translation>
    </message>
    <message>
        <source>%1 was not queued: %2 is not reachable (%3)</source>
        <translation>%1 n’a pas été mis en file : %2 est injoignable (%3)</translation>
    </message>
    <message>
        <source>%1 was not queued: the server at %2 is not reachable.</source>
        <translation>%1 n’a pas été mis en file : le serveur %2 est injoignable.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Ne plus demander</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Stop the job that is running on %1 now?</source>
        <translation>Arrêter maintenant la tâche en cours sur %1 ?</translation>
    </message>
    <message>
        <source>Clear Pending</source>
        <translation>Vider la file</translation>
    </message>
    <message>
        <source>Remove every job waiting in the queue of %1, also those of other clients?</source>
        <translation>Supprimer toutes les tâches en attente dans la file de %1, y compris celles des autres clients ?</translation>
    </message>
    <message>
        <source>&amp;Clear Pending</source>
        <translation>&amp;Vider la file</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server at %1 is not reachable.&lt;/b&gt; Its jobs&apos; progress is frozen until it answers again; retrying.</source>
        <translation>&lt;b&gt;Le serveur %1 est injoignable.&lt;/b&gt; La progression de ses tâches est figée jusqu’à ce qu’il réponde ; nouvelle tentative en cours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot reach the server at %1.&lt;/b&gt; Check the address; retrying.</source>
        <translation>&lt;b&gt;Impossible de joindre le serveur %1.&lt;/b&gt; Vérifiez l’adresse ; nouvelle tentative en cours.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Job database: %1</source>
        <translation>Base de données des tâches : %1</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NewestImagesWidget</name>
    <message>
        <source>No images yet</source>
        <translation>Pas encore d&apos;images</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::NodeListModel</name>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
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
        <translation>en cache</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>at %1 / %2</source>
        <translation>à %1 / %2</translation>
    </message>
    <message>
        <source>stopped, not finished</source>
        <translation>arrêté, non terminé</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::PreferencesDialog</name>
    <message>
        <source>&amp;Save every output as it arrives</source>
        <translation>&amp;Enregistrer chaque sortie dès son arrivée</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>Final outputs, SaveImageWebsocket and ComfyDeploy outputs are written to the folder; sampler previews are not.</source>
        <translation>Les sorties finales, SaveImageWebsocket et ComfyDeploy sont écrites dans le dossier ; les aperçus du sampler ne le sont pas.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Fields: {date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</source>
        <translation>Champs : {date} {time} {datetime} {prompt} {promptid} {node} {kind} {seq} {server} {filename} {ext}</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier :</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Auto-save Folder</source>
        <translation>Dossier d&apos;enregistrement automatique</translation>
    </message>
    <message>
        <source>Everything the gallery holds (full-size images, thumbnails and the bytes kept to decode again) stays under this. Full-size images go first (oldest first) and are decoded again when opened; then the oldest images.</source>
        <translation>Tout ce que contient la galerie (images pleine taille, vignettes et octets conservés pour un nouveau décodage) reste en dessous. Les images pleine taille partent d&apos;abord (les plus anciennes en premier) et sont décodées à nouveau à l&apos;ouverture ; puis les images les plus anciennes.</translation>
    </message>
    <message>
        <source>Gallery memory &amp;budget:</source>
        <translation>&amp;Budget mémoire de la galerie :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Takes effect after restarting ComfyScope.</source>
        <translation>Prend effet au prochain démarrage de ComfyScope.</translation>
    </message>
    <message>
        <source>Passwords and Tokens</source>
        <translation>Mots de passe et jetons</translation>
    </message>
    <message>
        <source>Untick &quot;Remember passwords and tokens&quot; when connecting to keep a server&apos;s secrets out of that file.</source>
        <translation>Décochez « Mémoriser les mots de passe et jetons » lors de la connexion pour que les secrets d&apos;un serveur n&apos;aillent pas dans ce fichier.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::ProgressPanel</name>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>No job is running. Jobs queued on the server appear here as they start.</source>
        <translation>Aucune tâche en cours. Les tâches mises en file sur le serveur apparaissent ici dès qu&apos;elles démarrent.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Prompt %1 — %2</source>
        <translation>Prompt %1 — %2</translation>
    </message>
    <message>
        <source>queued by another client</source>
        <translation>mis en file par un autre client</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>écoulé %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <source>no live detail</source>
        <translation>pas de détail en direct</translation>
    </message>
    <message>
        <source>This job belongs to another client; the server sends its progress only to that client.</source>
        <translation>Cette tâche appartient à un autre client ; le serveur n&apos;envoie sa progression qu&apos;à ce client.</translation>
    </message>
    <message>
        <source>%1 % — %2 of %3 nodes</source>
        <translation>%1 % — %2 nœuds sur %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>pas d&apos;étapes</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>En attente dans la file</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>queued by client %1 (via the relay)</source>
        <translation>mis en file par le client %1 (via le relais)</translation>
    </message>
    <message>
        <source>time left unknown — server unreachable</source>
        <translation>temps restant inconnu — serveur injoignable</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueModel</name>
    <message>
        <source>%1 · other</source>
        <comment>job of another client</comment>
        <translation>%1 · autre</translation>
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
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Queued by another client: the server sends its progress only to that client, so only its place in the queue and its outcome are shown.</source>
        <translation>Mise en file par un autre client : le serveur n&apos;envoie sa progression qu&apos;à ce client, seuls sa place dans la file et son résultat sont donc affichés.</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Mise en file : %1</translation>
    </message>
    <message>
        <source>Nodes: %1 of %2 done (%3 cached)</source>
        <translation>Nœuds : %1 sur %2 terminés (%3 en cache)</translation>
    </message>
    <message>
        <source>%1 · queued by %2</source>
        <comment>job of another client, followed via the relay</comment>
        <translation>%1 · mis en file par %2</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>un autre client</translation>
    </message>
    <message>
        <source>this viewer</source>
        <translation>ce visualiseur</translation>
    </message>
    <message>
        <source>unknown client</source>
        <translation>client inconnu</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>Queued by client %1; its live progress and previews come through the ComfyScope relay.</source>
        <translation>Mis en file par le client %1 ; sa progression et ses aperçus arrivent en direct via le relais ComfyScope.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>ETA while the server is unreachable</comment>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::QueueView</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>Remove the selected job from the queue, or interrupt it if it is running (Delete)</source>
        <translation>Retirer la tâche sélectionnée de la file, ou l&apos;interrompre si elle est en cours (Suppr)</translation>
    </message>
    <message>
        <source>Show &amp;Finished</source>
        <translation>Afficher les &amp;terminées</translation>
    </message>
    <message>
        <source>Also list jobs that have finished</source>
        <translation>Lister aussi les tâches terminées</translation>
    </message>
    <message>
        <source>Copy Prompt ID</source>
        <translation>Copier l&apos;ID du prompt</translation>
    </message>
    <message>
        <source>Show Outputs in Gallery</source>
        <translation>Afficher les sorties dans la galerie</translation>
    </message>
    <message>
        <source>Show Error…</source>
        <translation>Afficher l&apos;erreur…</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Remove from Queue</source>
        <translation>Retirer de la file</translation>
    </message>
    <message>
        <source>Queue &amp;Again</source>
        <translation>Remettre en &amp;file</translation>
    </message>
    <message>
        <source>Queue Again with a New &amp;Seed</source>
        <translation>Remettre en file avec une nouvelle &amp;graine</translation>
    </message>
    <message>
        <source>The workflow of this job is not known</source>
        <translation>Le workflow de cette tâche est inconnu</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Tâche : %1 (%2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Node: %1 (%2)</source>
        <translation>Nœud : %1 (%2)</translation>
    </message>
    <message>
        <source>Exception: %1: %2</source>
        <translation>Exception : %1 : %2</translation>
    </message>
    <message>
        <source>Traceback:</source>
        <translation>Trace d’appels :</translation>
    </message>
    <message>
        <source>Error of %1</source>
        <translation>Erreur de %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationSettingsDialog</name>
    <message>
        <source>Show alerts as system tray &amp;notifications</source>
        <translation>Afficher les alertes comme &amp;notifications de la zone de notification</translation>
    </message>
    <message>
        <source>Play a &amp;sound with each new alert</source>
        <translation>Jouer un &amp;son à chaque nouvelle alerte</translation>
    </message>
    <message>
        <source>Serve the fleet status on &amp;127.0.0.1, port</source>
        <translation>Publier l&apos;état de la flotte sur &amp;127.0.0.1, port</translation>
    </message>
    <message>
        <source>Monitoring Station Settings</source>
        <translation>Paramètres de la station de surveillance</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <source>when unreachable for more than</source>
        <translation>si injoignable depuis plus de</translation>
    </message>
    <message>
        <source>when a job shows no progress for</source>
        <translation>si une tâche ne progresse plus depuis</translation>
    </message>
    <message>
        <source>when more jobs wait than</source>
        <translation>si plus de tâches attendent que</translation>
    </message>
    <message>
        <source>when VRAM use is above</source>
        <translation>si l&apos;utilisation de la VRAM dépasse</translation>
    </message>
    <message>
        <source>when a job fails (any client)</source>
        <translation>si une tâche échoue (tout client)</translation>
    </message>
    <message>
        <source>when the server lost its history or changed version</source>
        <translation>si le serveur a perdu son historique ou changé de version</translation>
    </message>
    <message>
        <source>Status export (for other tools)</source>
        <translation>Export de l&apos;état (pour d&apos;autres outils)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Status File</source>
        <translation>Fichier d&apos;état</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Status &amp;file:</source>
        <translation>&amp;Fichier d&apos;état :</translation>
    </message>
    <message>
        <source>GET /status.json answers the same JSON as the file. Only this computer can reach it.</source>
        <translation>GET /status.json renvoie le même JSON que le fichier. Seul cet ordinateur peut y accéder.</translation>
    </message>
    <message>
        <source>Dashboard and wall mode</source>
        <translation>Tableau de bord et mode mur</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Read GPU/RAM &amp;stats every:</source>
        <translation>Lire les &amp;statistiques GPU/RAM toutes les :</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Wall mode &amp;changes page every:</source>
        <translation>Le mode mur &amp;change de page toutes les :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Keep job &amp;history for:</source>
        <translation>Conserver l’&amp;historique des tâches :</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Job history at &amp;most:</source>
        <translation>Historique des tâches au &amp;plus :</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StationWindow</name>
    <message>
        <source>ComfyScope — Monitoring Station</source>
        <translation>ComfyScope — Station de surveillance</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Trier :</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiert l&apos;attention</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolue : %1</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>&amp;Open Fleet File…</source>
        <translation>&amp;Ouvrir un fichier de flotte…</translation>
    </message>
    <message>
        <source>&amp;Save Fleet File…</source>
        <translation>&amp;Enregistrer le fichier de flotte…</translation>
    </message>
    <message>
        <source>&amp;Remove Server</source>
        <translation>&amp;Retirer le serveur</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Stop watching %1?</source>
        <translation>Arrêter de surveiller %1 ?</translation>
    </message>
    <message>
        <source>&amp;Interrupt Running Job</source>
        <translation>&amp;Interrompre la tâche en cours</translation>
    </message>
    <message>
        <source>C&amp;lear Pending Jobs</source>
        <translation>&amp;Vider les tâches en attente</translation>
    </message>
    <message>
        <source>Clear Pending Jobs</source>
        <translation>Vider les tâches en attente</translation>
    </message>
    <message>
        <source>Remove every pending job from the queue of %1?</source>
        <translation>Retirer toutes les tâches en attente de la file de %1 ?</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>&amp;Wall Mode</source>
        <translation>Mode &amp;mur</translation>
    </message>
    <message>
        <source>&amp;Lock Controls</source>
        <translation>&amp;Verrouiller les commandes</translation>
    </message>
    <message>
        <source>Read-only: hide interrupt, cancel, clear and remove</source>
        <translation>Lecture seule : masquer interrompre, annuler, vider et retirer</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge All Alerts</source>
        <translation>Ac&amp;quitter toutes les alertes</translation>
    </message>
    <message>
        <source>Station &amp;Settings…</source>
        <translation>&amp;Paramètres de la station…</translation>
    </message>
    <message>
        <source>Export &amp;Event Log…</source>
        <translation>Exporter le journal des &amp;événements…</translation>
    </message>
    <message>
        <source>Export &amp;Job Durations…</source>
        <translation>Exporter les &amp;durées des tâches…</translation>
    </message>
    <message>
        <source>Open in &amp;Viewer</source>
        <translation>Ouvrir dans la &amp;visionneuse</translation>
    </message>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>Se reconnecter &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll</source>
        <translation>Acquitter &amp;tout</translation>
    </message>
    <message>
        <source>Queue (all servers)</source>
        <translation>File d&apos;attente (tous les serveurs)</translation>
    </message>
    <message>
        <source>Show the queue of</source>
        <translation>Afficher la file de</translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation>Afficher les &amp;terminées</translation>
    </message>
    <message>
        <source>Gallery (all servers)</source>
        <translation>Galerie (tous les serveurs)</translation>
    </message>
    <message>
        <source>Show the images of</source>
        <translation>Afficher les images de</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <source>Show Station</source>
        <translation>Afficher la station</translation>
    </message>
    <message>
        <source>ComfyScope: %1 of %2 servers up, %3 running, %4 alert(s)</source>
        <translation>ComfyScope : %1 serveurs joignables sur %2, %3 en cours, %4 alerte(s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 servers up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; serveurs joignables sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n injoignable</numerusform>
            <numerusform>%n injoignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n échec dans la dernière heure</numerusform>
            <numerusform>%n échecs dans la dernière heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n alerte non acquittée</numerusform>
            <numerusform>%n alertes non acquittées</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;lock Controls…</source>
        <translation>&amp;Déverrouiller les commandes…</translation>
    </message>
    <message>
        <source>Job %1 finished in %2</source>
        <translation>Tâche %1 terminée en %2</translation>
    </message>
    <message>
        <source>Job finished on %1</source>
        <translation>Tâche terminée sur %1</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n output(s)</source>
        <translation>
            <numerusform>Tâche %1 : %n sortie</numerusform>
            <numerusform>Tâche %1 : %n sorties</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance de %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n server(s) from %1</source>
        <translation>
            <numerusform>%n serveur chargé depuis %1</numerusform>
            <numerusform>%n serveurs chargés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated server(s) started on 127.0.0.1</source>
        <translation>
            <numerusform>%n serveur simulé démarré sur 127.0.0.1</numerusform>
            <numerusform>%n serveurs simulés démarrés sur 127.0.0.1</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1 — %2</source>
        <translation>Alerte : %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Acknowledge Alerts of This Server</source>
        <translation>Acquitter les alertes de ce serveur</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Interrupt job %1 on %2?</source>
        <translation>Interrompre la tâche %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Open Fleet File</source>
        <translation>Ouvrir un fichier de flotte</translation>
    </message>
    <message>
        <source>Fleet files (*.json *.ini *.conf);;All files (*)</source>
        <translation>Fichiers de flotte (*.json *.ini *.conf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Fleet File</source>
        <translation>Enregistrer le fichier de flotte</translation>
    </message>
    <message>
        <source>JSON (*.json);;INI (*.ini)</source>
        <translation>JSON (*.json);;INI (*.ini)</translation>
    </message>
    <message>
        <source>Include tokens and passwords in the file?

Without them, write ${VARIABLE} placeholders into the file by hand and set the variables in the environment.</source>
        <translation>Inclure les jetons et mots de passe dans le fichier ?

Sans eux, écrivez à la main des espaces réservés ${VARIABLE} dans le fichier et définissez les variables dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Export Job Durations</source>
        <translation>Exporter les durées des tâches</translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>Exporter le journal des événements</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Fleet status at http://127.0.0.1:%1/status.json</source>
        <translation>État de la flotte sur http://127.0.0.1:%1/status.json</translation>
    </message>
    <message>
        <source>Controls locked (read-only)</source>
        <translation>Commandes verrouillées (lecture seule)</translation>
    </message>
    <message>
        <source>Controls unlocked</source>
        <translation>Commandes déverrouillées</translation>
    </message>
    <message>
        <source>Lock Controls</source>
        <translation>Verrouiller les commandes</translation>
    </message>
    <message>
        <source>Optional PIN to unlock (leave empty to unlock without one):</source>
        <translation>Code PIN facultatif pour déverrouiller (laisser vide pour déverrouiller sans code) :</translation>
    </message>
    <message>
        <source>Unlock Controls</source>
        <translation>Déverrouiller les commandes</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <source>Show interrupt, cancel, clear and remove again?</source>
        <translation>Afficher de nouveau interrompre, annuler, vider et retirer ?</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <source>Wall mode on (Esc or F11 leaves)</source>
        <translation>Mode mur activé (Échap ou F11 pour quitter)</translation>
    </message>
    <message numerus="yes">
        <source>%n more notification(s) held back</source>
        <translation>
            <numerusform>%n autre notification retenue</numerusform>
            <numerusform>%n autres notifications retenues</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>The station is locked. PIN:</source>
        <translation>La station est verrouillée. PIN :</translation>
    </message>
    <message>
        <source>The station is locked. Leave anyway?</source>
        <translation>La station est verrouillée. Quitter quand même ?</translation>
    </message>
    <message>
        <source>Wrong PIN: the locked station stays as it is</source>
        <translation>PIN incorrect : la station verrouillée reste telle quelle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Job database: %1</source>
        <translation>Base de données des tâches : %1</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Tendances…</translation>
    </message>
    <message>
        <source>Queued again from the history as %1</source>
        <translation>Remise en file depuis l’historique sous %1</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Dense &amp;Table</source>
        <translation>&amp;Tableau compact</translation>
    </message>
    <message>
        <source>Every server as one row: state, queue, running job, VRAM, alerts</source>
        <translation>Chaque serveur sur une ligne : état, file, tâche en cours, VRAM, alertes</translation>
    </message>
    <message>
        <source>Tile &amp;Size</source>
        <translation>&amp;Taille des tuiles</translation>
    </message>
    <message>
        <source>&amp;Small (dense)</source>
        <translation>&amp;Petite (compacte)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Moyenne</translation>
    </message>
    <message>
        <source>&amp;Large (with preview)</source>
        <translation>&amp;Grande (avec aperçu)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::StoredJobsModel</name>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Run Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
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
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Toute la flotte</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>Jobs per %1 by outcome</source>
        <translation>Tâches par %1 selon le résultat</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussies</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>%1
%2: %3
all: %4 (failed %5)</source>
        <translation>%1
%2 : %3
toutes : %4 (échouées %5)</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Longueur de la file</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>queue depth (mean)</source>
        <translation>longueur de file (moyenne)</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Durée d’exécution</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
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
        <translation>Taux d’échec, VRAM et charge GPU</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>failure rate</source>
        <translation>taux d’échec</translation>
    </message>
    <message>
        <source>VRAM (highest)</source>
        <translation>VRAM (maximum)</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>charge GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), %1 failed (%2 %)</source>
        <translation>
            <numerusform>%n tâche, %1 échouée(s) (%2 %)</numerusform>
            <numerusform>%n tâches, %1 échouée(s) (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>&amp;Tâches…</translation>
    </message>
    <message>
        <source>Open these jobs in the History browser (or click a bar or point)</source>
        <translation>Ouvrir ces tâches dans le navigateur d’historique (ou cliquer sur une barre ou un point)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::App::WallView</name>
    <message>
        <source>ComfyScope — fleet</source>
        <translation>ComfyScope — flotte</translation>
    </message>
    <message>
        <source>ComfyScope — Wall</source>
        <translation>ComfyScope — Mur</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%1 sur %2 joignables</translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n injoignable</numerusform>
            <numerusform>%n injoignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n échec dans la dernière heure</numerusform>
            <numerusform>%n échecs dans la dernière heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>(paused — Space resumes)</source>
        <translation>(en pause — Espace pour reprendre)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::Cli</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>API-format workflow JSON file (&apos;-&apos; for stdin).</source>
        <translation>Fichier JSON de workflow au format API (&apos;-&apos; pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Follow the prompt until it finishes.</source>
        <translation>Suivre le prompt jusqu&apos;à sa fin.</translation>
    </message>
    <message>
        <source>With --wait: download every output image into DIR.</source>
        <translation>Avec --wait : télécharger chaque image de sortie dans DIR.</translation>
    </message>
    <message>
        <source>Put the prompt at the front of the queue.</source>
        <translation>Placer le prompt en tête de la file.</translation>
    </message>
    <message>
        <source>extra_data.preview_method: none, auto, latent2rgb, taesd (v0.5.0+).</source>
        <translation>extra_data.preview_method : none, auto, latent2rgb, taesd (v0.5.0+).</translation>
    </message>
    <message>
        <source>Use this prompt id instead of a new UUID.</source>
        <translation>Utiliser cet ID de prompt au lieu d&apos;un nouvel UUID.</translation>
    </message>
    <message>
        <source>With --wait: give up (exit 3) without a connection after S seconds.</source>
        <translation>Avec --wait : abandonner (code 3) sans connexion après S secondes.</translation>
    </message>
    <message>
        <source>error: give exactly one workflow file</source>
        <translation>erreur : indiquez exactement un fichier de workflow</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>erreur : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>error: %1 is not a JSON object: %2</source>
        <translation>erreur : %1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>error: %1 is a UI workflow; export it in API format (Workflow → Export (API)) and try again</source>
        <translation>erreur : %1 est un workflow d&apos;interface ; exportez-le au format API (Workflow → Export (API)) et réessayez</translation>
    </message>
    <message>
        <source>error: the server refused the workflow: %1</source>
        <translation>erreur : le serveur a refusé le workflow : %1</translation>
    </message>
    <message>
        <source>error: node %1 (%2) failed: %3</source>
        <translation>erreur : le nœud %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation>erreur : impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>Show the server&apos;s queue (running and pending prompts, in execution order), or change it.</source>
        <translation>Afficher la file du serveur (prompts en cours et en attente, dans l&apos;ordre d&apos;exécution), ou la modifier.</translation>
    </message>
    <message>
        <source>Delete every pending prompt (the running one goes on).</source>
        <translation>Supprimer tous les prompts en attente (celui en cours continue).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>pending queue cleared</source>
        <translation>file d&apos;attente vidée</translation>
    </message>
    <message>
        <source>error: %1 is neither running nor pending</source>
        <translation>erreur : %1 n&apos;est ni en cours ni en attente</translation>
    </message>
    <message>
        <source>interrupted %1</source>
        <translation>%1 interrompu</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>%1 running, %2 pending</source>
        <translation>%1 en cours, %2 en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>List finished prompts, newest last, with outcome, duration and outputs.</source>
        <translation>Lister les prompts terminés, le plus récent en dernier, avec résultat, durée et sorties.</translation>
    </message>
    <message>
        <source>At most N entries (default 20).</source>
        <translation>Au plus N entrées (20 par défaut).</translation>
    </message>
    <message>
        <source>Start at entry K from the oldest (v0.3.60+).</source>
        <translation>Commencer à l&apos;entrée K à partir de la plus ancienne (v0.3.60+).</translation>
    </message>
    <message>
        <source>Show one prompt.</source>
        <translation>Afficher un prompt.</translation>
    </message>
    <message>
        <source>Print JSON lines instead of a table.</source>
        <translation>Afficher des lignes JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>pas d&apos;historique</translation>
    </message>
    <message>
        <source>Show server version, devices and memory (/system_stats) and its feature flags (/features).</source>
        <translation>Afficher la version du serveur, les périphériques et la mémoire (/system_stats) et ses indicateurs de fonctionnalités (/features).</translation>
    </message>
    <message>
        <source>Print the raw JSON.</source>
        <translation>Afficher le JSON brut.</translation>
    </message>
    <message>
        <source>ComfyUI %1</source>
        <translation>ComfyUI %1</translation>
    </message>
    <message>
        <source>(version not reported: before v0.2.0)</source>
        <translation>(version non indiquée : avant v0.2.0)</translation>
    </message>
    <message>
        <source>OS %1, Python %2, PyTorch %3</source>
        <translation>OS %1, Python %2, PyTorch %3</translation>
    </message>
    <message>
        <source>RAM %1 free of %2</source>
        <translation>RAM %1 libre sur %2</translation>
    </message>
    <message>
        <source>device %1 (%2): VRAM %3 free of %4</source>
        <translation>périphérique %1 (%2) : VRAM %3 libre sur %4</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>fonctionnalités : %1</translation>
    </message>
    <message>
        <source>features: none (/features answered HTTP %1: server before v0.3.45)</source>
        <translation>fonctionnalités : aucune (/features a répondu HTTP %1 : serveur antérieur à v0.3.45)</translation>
    </message>
    <message>
        <source>Interrupt the running prompt. With --prompt-id only that prompt is stopped (servers v0.3.57+; older ones stop whatever runs).</source>
        <translation>Interrompre le prompt en cours. Avec --prompt-id, seul ce prompt est arrêté (serveurs v0.3.57+ ; les plus anciens arrêtent ce qui tourne).</translation>
    </message>
    <message>
        <source>Only interrupt this prompt.</source>
        <translation>N&apos;interrompre que ce prompt.</translation>
    </message>
    <message>
        <source>interrupt sent</source>
        <translation>interruption envoyée</translation>
    </message>
    <message>
        <source>error: --prompt-id must be a lowercase UUID such as %1 (got &quot;%2&quot;)</source>
        <translation>erreur : --prompt-id doit être un UUID en minuscules comme %1 (reçu « %2 »)</translation>
    </message>
    <message>
        <source>deployment: %1</source>
        <translation>déploiement : %1</translation>
    </message>
    <message>
        <source>frontend required %1</source>
        <translation>frontend requis : %1</translation>
    </message>
    <message>
        <source>package %1: installed %2, required %3</source>
        <translation>paquet %1 : installé %2, requis %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Queue an API-format workflow (Workflow → Export (API) in the web UI) and print its prompt id. With --wait, follow it to the end: a progress line on a terminal, one JSON line per change when piped or with --json.

Exit status: 0 success, 1 execution error or interrupt, 2 validation error (node errors are printed), 3 connection failure.</source>
        <translation>Mettre en file un workflow au format API (Workflow → Export (API) dans l’interface web) et afficher son identifiant de prompt. Avec --wait, le suivre jusqu’au bout : une ligne de progression dans un terminal, une ligne JSON par changement en sortie redirigée ou avec --json.

Code de sortie : 0 succès, 1 erreur d’exécution ou interruption, 2 erreur de validation (les erreurs de nœuds sont affichées), 3 échec de connexion.</translation>
    </message>
    <message>
        <source>Queue with this client id (e.g. the web UI&apos;s, so its tab shows the progress).</source>
        <translation>Mettre en file avec cet identifiant client (par ex. celui de l’interface web, pour que son onglet affiche la progression).</translation>
    </message>
    <message>
        <source>Print JSON lines also on a terminal (the default when the output is piped).</source>
        <translation>Afficher des lignes JSON même dans un terminal (par défaut quand la sortie est redirigée).</translation>
    </message>
    <message>
        <source>error: --client-id needs an id</source>
        <translation>erreur : --client-id demande un identifiant</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>%1 mis en file</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 after %3, %n output(s)</source>
        <translation>
            <numerusform>%1 %2 après %3, %n sortie</numerusform>
            <numerusform>%1 %2 après %3, %n sorties</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel a prompt: delete it if pending, interrupt it if running. A unique prefix of its id is enough (e.g. ba82).</source>
        <translation>Annuler un prompt : le supprimer s’il attend, l’interrompre s’il s’exécute. Un préfixe unique de son identifiant suffit (par ex. ba82).</translation>
    </message>
    <message>
        <source>error: %1 is ambiguous: it starts %2</source>
        <translation>erreur : %1 est ambigu : il commence %2</translation>
    </message>
</context>
<context>
    <name>ComfyScope::FleetFile</name>
    <message>
        <source>server &quot;%1&quot; has no address</source>
        <translation>le serveur « %1 » n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: header must be &quot;Name: value&quot;</source>
        <translation>serveur « %1 » : l&apos;en-tête doit être « Nom: valeur »</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: %2</source>
        <translation>serveur « %1 » : %2</translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; is not system, none, http://host:port or socks5://host:port</source>
        <translation>le proxy « %1 » n&apos;est ni system, ni none, ni http://hôte:port, ni socks5://hôte:port</translation>
    </message>
    <message>
        <source>proxy &quot;%1&quot; needs a host and a port</source>
        <translation>le proxy « %1 » nécessite un hôte et un port</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: not a valid INI file</source>
        <translation>%1 : fichier INI non valide</translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation>%1 : le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1 : JSON non valide à la position %2 : %3</translation>
    </message>
    <message>
        <source>%1: no &quot;servers&quot; list</source>
        <translation>%1 : pas de liste « servers »</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1 : aucun serveur</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1 : écriture impossible</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: relay must be true or false</source>
        <translation>serveur « %1 » : relay doit valoir true ou false</translation>
    </message>
    <message>
        <source>rule %1: &quot;%2&quot; is not %3</source>
        <translation>règle %1 : « %2 » n’est pas %3</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (known: %2)</source>
        <translation>règle inconnue « %1 » (connues : %2)</translation>
    </message>
</context>
<context>
    <name>ComfyScope::ServerProfile</name>
    <message>
        <source>Not a server address.</source>
        <translation>Pas une adresse de serveur.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>turned off by COMFYSCOPE_NO_KEYCHAIN</source>
        <translation>désactivé par COMFYSCOPE_NO_KEYCHAIN</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>pas de service de trousseau</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>cette version ne prend pas en charge le trousseau</translation>
    </message>
    <message>
        <source>Remembered passwords and tokens are stored in the system keychain.</source>
        <translation>Les mots de passe et jetons mémorisés sont enregistrés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Remembered passwords and tokens are stored in plain text in the settings file %1 (no keychain: %2).</source>
        <translation>Les mots de passe et jetons mémorisés sont enregistrés en clair dans le fichier de paramètres %1 (pas de trousseau : %2).</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Enregistrés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain: stored in plain text in %1</source>
        <translation>Pas de trousseau : enregistrés en clair dans %1</translation>
    </message>
</context>
<context>
    <name>StatusPublisher</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Server address: host[:port], http(s):// or ws(s):// URL, with a path prefix for reverse proxies. Default: $COMFYSCOPE_SERVER or 127.0.0.1:8188.</source>
        <translation>Adresse du serveur : hôte[:port], URL http(s):// ou ws(s)://, avec un préfixe de chemin pour les proxys inverses. Par défaut : $COMFYSCOPE_SERVER ou 127.0.0.1:8188.</translation>
    </message>
    <message>
        <source>Comfy-User header (a user id, --multi-user servers).</source>
        <translation>En-tête Comfy-User (un ID d&apos;utilisateur, serveurs --multi-user).</translation>
    </message>
    <message>
        <source>Send &apos;Authorization: Bearer&apos; with the token read from this environment variable.</source>
        <translation>Envoyer &apos;Authorization: Bearer&apos; avec le jeton lu dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>HTTP Basic user; the password is read from $COMFYSCOPE_PASSWORD.</source>
        <translation>Utilisateur HTTP Basic ; le mot de passe est lu dans $COMFYSCOPE_PASSWORD.</translation>
    </message>
    <message>
        <source>Add ?token= (ComfyUI-Login) read from this environment variable to every request.</source>
        <translation>Ajouter à chaque requête ?token= (ComfyUI-Login) lu dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Extra header &apos;Name: value&apos; for every request (repeatable).</source>
        <translation>En-tête supplémentaire &apos;Nom: valeur&apos; pour chaque requête (répétable).</translation>
    </message>
    <message>
        <source>REST request timeout in milliseconds (default 30000).</source>
        <translation>Délai des requêtes REST en millisecondes (30000 par défaut).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: bad --header &apos;%1&apos; (want &apos;Name: value&apos;)</source>
        <translation>erreur : --header &apos;%1&apos; incorrect (attendu &apos;Nom: valeur&apos;)</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>erreur : commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Listen as this client id: prompts queued by another tool with this client_id are seen in full. Default: a new UUID.</source>
        <translation>Écouter avec cet ID de client : les prompts mis en file par un autre outil avec ce client_id sont vus en entier. Par défaut : un nouvel UUID.</translation>
    </message>
    <message>
        <source>Stop after N server events.</source>
        <translation>S&apos;arrêter après N événements du serveur.</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>S&apos;arrêter après S secondes.</translation>
    </message>
    <message>
        <source>Save every received image into DIR and print the file name.</source>
        <translation>Enregistrer chaque image reçue dans DIR et afficher le nom du fichier.</translation>
    </message>
    <message>
        <source>Do not send feature_flags: previews come as anonymous type 1 frames.</source>
        <translation>Ne pas envoyer feature_flags : les aperçus arrivent comme trames anonymes de type 1.</translation>
    </message>
    <message>
        <source>ComfyDeploy socket: auto (default), on or off.</source>
        <translation>Socket ComfyDeploy : auto (par défaut), on ou off.</translation>
    </message>
    <message>
        <source>Give up with exit status 3 if no connection is made within S seconds (default 10).</source>
        <translation>Abandonner avec le code 3 si aucune connexion n&apos;est établie en S secondes (10 par défaut).</translation>
    </message>
    <message>
        <source>error: cannot reach %1: %2</source>
        <translation>erreur : impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Lancez avec --help pour voir les options.</translation>
    </message>
    <message>
        <source>error: --%1 needs a number, not &apos;%2&apos;</source>
        <translation>erreur : --%1 attend un nombre, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Trust the server&apos;s TLS certificate only if its SHA-256 fingerprint is this (hex).</source>
        <translation>Ne faire confiance au certificat TLS du serveur que si son empreinte SHA-256 est celle-ci (hex).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private CA).</source>
        <translation>Faire aussi confiance aux certificats d’AC de ce fichier PEM (une AC privée).</translation>
    </message>
    <message>
        <source>error: no PEM certificate in %1</source>
        <translation>erreur : aucun certificat PEM dans %1</translation>
    </message>
    <message>
        <source>waiting in the queue</source>
        <translation>en attente dans la file</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>fin inconnue</translation>
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
        <translation>Usage : comfyscope-cli COMMANDE [options]

Commandes :
  watch       afficher chaque événement d&apos;un serveur en lignes JSON
  submit      mettre en file un workflow au format API (fichier JSON) ; --wait le suit jusqu&apos;au bout
  queue       lister la file ; --cancel ID, --clear
  history     lister les prompts terminés ; --max N
  stats       version du serveur, périphériques et mémoire (/system_stats)
  interrupt   arrêter le prompt en cours (ou seulement --prompt-id ID)
  simulate    lancer le serveur ComfyUI simulé intégré
  monitor     surveiller une flotte sans fenêtre : alertes, lignes de journal, métriques Prometheus, webhooks

&apos;comfyscope-cli COMMANDE --help&apos; affiche les options d&apos;une commande.
Code de sortie : 0 succès, 1 erreur d&apos;exécution, 2 erreur de validation, 3 échec de connexion, 64 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1 : aucun serveur</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice</source>
        <translation>%1 : le nom « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>The fleet file (JSON or INI) with the servers to watch.</source>
        <translation>Le fichier de flotte (JSON ou INI) avec les serveurs à surveiller.</translation>
    </message>
    <message>
        <source>Override one alert rule: KEY=VALUE with KEY server_down, stall, execution_error, queue_depth, vram_high or restarted and VALUE a threshold (seconds, jobs, percent), on or off. Repeatable.</source>
        <translation>Remplacer une règle d’alerte : KEY=VALUE avec KEY server_down, stall, execution_error, queue_depth, vram_high ou restarted et VALUE un seuil (secondes, tâches, pour cent), on ou off. Répétable.</translation>
    </message>
    <message>
        <source>Start from the alert rules saved by the monitoring station (Station Settings) of this user.</source>
        <translation>Partir des règles d’alerte enregistrées par la station de surveillance (Réglages de la station) de cet utilisateur.</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on http://ADDR/metrics (e.g. 127.0.0.1:9464; a bare port binds 127.0.0.1).</source>
        <translation>Servir les métriques Prometheus sur http://ADDR/metrics (p. ex. 127.0.0.1:9464 ; un port seul se lie à 127.0.0.1).</translation>
    </message>
    <message>
        <source>Require &apos;Authorization: Bearer TOKEN&apos; on /metrics (visible in the process list: prefer --metrics-token-env).</source>
        <translation>Exiger &apos;Authorization: Bearer TOKEN&apos; sur /metrics (visible dans la liste des processus : préférez --metrics-token-env).</translation>
    </message>
    <message>
        <source>Read the /metrics bearer token from this environment variable.</source>
        <translation>Lire le jeton bearer de /metrics dans cette variable d’environnement.</translation>
    </message>
    <message>
        <source>POST alerts (and with --notify-jobs job completions) as JSON to URL. Repeatable; FORMAT+URL (e.g. slack+https://…) picks the format of one URL.</source>
        <translation>Envoyer par POST les alertes (et avec --notify-jobs les fins de tâches) en JSON à URL. Répétable ; FORMAT+URL (p. ex. slack+https://…) choisit le format d’une URL.</translation>
    </message>
    <message>
        <source>A webhook URL read from this environment variable (for URLs with tokens). Repeatable.</source>
        <translation>Une URL de webhook lue dans cette variable d’environnement (pour les URL contenant des jetons). Répétable.</translation>
    </message>
    <message>
        <source>A webhook URL read from the system keychain entry KEY. Repeatable.</source>
        <translation>Une URL de webhook lue dans l’entrée KEY du trousseau du système. Répétable.</translation>
    </message>
    <message>
        <source>Body format of the webhooks: generic (default), slack, discord or ntfy.</source>
        <translation>Format du corps des webhooks : generic (par défaut), slack, discord ou ntfy.</translation>
    </message>
    <message>
        <source>Also send every job completion to the webhooks.</source>
        <translation>Envoyer aussi chaque fin de tâche aux webhooks.</translation>
    </message>
    <message>
        <source>Poll /system_stats every S seconds (default 10; 0 only on connect).</source>
        <translation>Interroger /system_stats toutes les S secondes (10 par défaut ; 0 seulement à la connexion).</translation>
    </message>
    <message>
        <source>error: --fleet FILE is required</source>
        <translation>erreur : --fleet FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>error: --webhook-format must be generic, slack, discord or ntfy, not &quot;%1&quot;</source>
        <translation>erreur : --webhook-format doit valoir generic, slack, discord ou ntfy, pas « %1 »</translation>
    </message>
    <message>
        <source>error: --stats-interval: not a number of seconds: %1</source>
        <translation>erreur : --stats-interval : pas un nombre de secondes : %1</translation>
    </message>
    <message>
        <source>error: --webhook-env: the environment variable %1 is not set</source>
        <translation>erreur : --webhook-env : la variable d’environnement %1 n’est pas définie</translation>
    </message>
    <message>
        <source>error: --webhook-keychain: no keychain entry &quot;%1&quot; (%2)</source>
        <translation>erreur : --webhook-keychain : aucune entrée « %1 » dans le trousseau (%2)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>error: --metrics-token-env: the environment variable %1 is not set</source>
        <translation>erreur : --metrics-token-env : la variable d’environnement %1 n’est pas définie</translation>
    </message>
    <message>
        <source>error: a metrics token needs --metrics ADDR</source>
        <translation>erreur : un jeton de métriques nécessite --metrics ADDR</translation>
    </message>
    <message>
        <source>error: %1: unknown webhook format &quot;%2&quot;</source>
        <translation>erreur : %1 : format de webhook inconnu « %2 »</translation>
    </message>
    <message>
        <source>Follow every client&apos;s prompts through the ComfyScope relay when the server has it (installer/comfyui-relay); the token is read from $COMFYSCOPE_RELAY_TOKEN. Relayed events carry &quot;relayed&quot;: true and the submitting &quot;client&quot;.</source>
        <translation>Suivre les prompts de tous les clients via le relais ComfyScope si le serveur l’a (installer/comfyui-relay) ; le jeton est lu dans $COMFYSCOPE_RELAY_TOKEN. Les événements relayés portent &quot;relayed&quot;: true et le &quot;client&quot; qui les a soumis.</translation>
    </message>
    <message>
        <source>relay: %1</source>
        <translation>relais : %1</translation>
    </message>
    <message>
        <source>Watch every server of a fleet file with the monitoring station&apos;s alert rules, without a window: one log line per event (connections, alerts raised and resolved, jobs), Prometheus metrics on /metrics, alerts and job completions as webhooks.

Alert thresholds: the built-in defaults (server_down=30 stall=120 execution_error=on queue_depth=off vram_high=off restarted=on), then the station&apos;s saved settings with --station-settings, then the fleet file&apos;s &quot;rules&quot; object (JSON) or [rules] group (INI), then each --rule.
Signals: SIGHUP reloads the fleet file (unchanged servers keep their state); SIGTERM and SIGINT stop cleanly with exit status 0.
--db FILE keeps every finished job, a health sample per server every 10 s and the alerts in the station&apos;s SQLite job database (one writer at a time).

Exit status: 0 after SIGTERM/SIGINT or --duration, 64 usage error, 66 the fleet file cannot be read, 3 the metrics address cannot be listened on.</source>
        <translation>Surveille chaque serveur d’un fichier de flotte avec les règles d’alerte de la station de surveillance, sans fenêtre : une ligne de journal par événement (connexions, alertes levées et résolues, tâches), métriques Prometheus sur /metrics, alertes et fins de tâches en webhooks.

Seuils d’alerte : les valeurs par défaut intégrées (server_down=30 stall=120 execution_error=on queue_depth=off vram_high=off restarted=on), puis les réglages enregistrés de la station avec --station-settings, puis l’objet &quot;rules&quot; (JSON) ou le groupe [rules] (INI) du fichier de flotte, puis chaque --rule.
Signaux : SIGHUP recharge le fichier de flotte (les serveurs inchangés gardent leur état) ; SIGTERM et SIGINT arrêtent proprement avec le code de sortie 0.
--db FICHIER enregistre chaque tâche terminée, un relevé d&apos;état par serveur toutes les 10 s et les alertes dans la base SQLite des tâches de la station (un seul écrivain à la fois).

Code de sortie : 0 après SIGTERM/SIGINT ou --duration, 64 erreur d’utilisation, 66 fichier de flotte illisible, 3 impossible d’écouter sur l’adresse des métriques.</translation>
    </message>
    <message>
        <source>Record jobs, server samples and alerts in this SQLite job database (the station&apos;s format).</source>
        <translation>Enregistrer les tâches, les relevés des serveurs et les alertes dans cette base SQLite des tâches (le format de la station).</translation>
    </message>
    <message>
        <source>Run the built-in simulated ComfyUI server on 127.0.0.1 (HTTP and WebSocket on one port). It speaks the real protocol (v0.8.0 or v0.3.18), runs weight-free workflows with real images, and can generate a steady demo workload.</source>
        <translation>Lancer le serveur ComfyUI simulé intégré sur 127.0.0.1 (HTTP et WebSocket sur un seul port). Il parle le vrai protocole (v0.8.0 ou v0.3.18), exécute des workflows sans poids de modèle avec de vraies images et peut générer une charge de démonstration régulière.</translation>
    </message>
    <message>
        <source>Port (default 8188; 0 picks a free one).</source>
        <translation>Port (8188 par défaut ; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Protocol version: 0.8.0 (default) or 0.3.18.</source>
        <translation>Version du protocole : 0.8.0 (par défaut) ou 0.3.18.</translation>
    </message>
    <message>
        <source>Serve every route under this path prefix.</source>
        <translation>Servir toutes les routes sous ce préfixe de chemin.</translation>
    </message>
    <message>
        <source>Also serve ComfyDeploy&apos;s /comfyui-deploy/ws.</source>
        <translation>Servir aussi le /comfyui-deploy/ws de ComfyDeploy.</translation>
    </message>
    <message>
        <source>Also serve the ComfyScope relay (/comfyscope/relay), with $COMFYSCOPE_RELAY_TOKEN as its token when set.</source>
        <translation>Servir aussi le relais ComfyScope (/comfyscope/relay), avec $COMFYSCOPE_RELAY_TOKEN comme jeton s’il est défini.</translation>
    </message>
    <message>
        <source>Server preview method (default auto).</source>
        <translation>Méthode d&apos;aperçu du serveur (auto par défaut).</translation>
    </message>
    <message>
        <source>Milliseconds per sampler step (default 60).</source>
        <translation>Millisecondes par étape du sampler (60 par défaut).</translation>
    </message>
    <message>
        <source>Queue a demo workflow for the newest client every MS milliseconds.</source>
        <translation>Mettre en file un workflow de démo pour le client le plus récent toutes les MS millisecondes.</translation>
    </message>
    <message>
        <source>Load mode: stream N previews per second (512x512 JPEG with progress and progress_state) to every connected client; each preview&apos;s metadata carries sent_ns for latency measurements (see &apos;watch&apos;).</source>
        <translation>Mode charge : envoyer N aperçus par seconde (JPEG 512x512 avec progress et progress_state) à chaque client connecté ; les métadonnées de chaque aperçu portent sent_ns pour mesurer la latence (voir &apos;watch&apos;).</translation>
    </message>
    <message>
        <source>Run N simulated servers in this process, on N ports (with --port P &gt; 0: P, P+1, …), one &apos;listening on&apos; line each (default 1).</source>
        <translation>Lancer N serveurs simulés dans ce processus, sur N ports (avec --port P &gt; 0 : P, P+1, …), une ligne &apos;listening on&apos; chacun (1 par défaut).</translation>
    </message>
    <message>
        <source>error: --servers must be between 1 and 1000</source>
        <translation>erreur : --servers doit être compris entre 1 et 1000</translation>
    </message>
    <message>
        <source>error: cannot listen on port %1</source>
        <translation>erreur : impossible d&apos;écouter sur le port %1</translation>
    </message>
    <message>
        <source>simulated ComfyUI listening on %1</source>
        <translation>ComfyUI simulé à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>error: this build has no simulator</source>
        <translation>erreur : cette version n&apos;a pas de simulateur</translation>
    </message>
    <message>
        <source>Watch a ComfyUI server. On a terminal: a progress line for the running job (bar, job, node, step, ETA), a line per finished job and connection change. Piped or with --json: one JSON object per line for every event: server messages, binary frames (kind, format, size, prompt and node), connection changes and protocol errors.

Exit status: 0 at the normal end (--count or --timeout reached, or SIGINT), 3 when the server cannot be reached at start.</source>
        <translation>Surveiller un serveur ComfyUI. Dans un terminal : une ligne de progression pour la tâche en cours (barre, tâche, nœud, étape, temps restant), une ligne par tâche terminée et par changement de connexion. Redirigé ou avec --json : un objet JSON par ligne pour chaque événement : messages du serveur, trames binaires (type, format, taille, prompt et nœud), changements de connexion et erreurs de protocole.

Code de sortie : 0 à la fin normale (--count ou --timeout atteint, ou SIGINT), 3 si le serveur est injoignable au démarrage.</translation>
    </message>
    <message>
        <source>Print JSON lines also on a terminal (the default when the output is piped).</source>
        <translation>Afficher des lignes JSON même dans un terminal (par défaut quand la sortie est redirigée).</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>connected to %1 without WebSocket: polling</source>
        <translation>connecté à %1 sans WebSocket : interrogation périodique</translation>
    </message>
    <message>
        <source>lost %1 (%2), reconnecting</source>
        <translation>connexion à %1 perdue (%2), reconnexion</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>enregistré : %1</translation>
    </message>
    <message>
        <source>With --workload: skip a turn while N prompts are already waiting (default 0: no limit).</source>
        <translation>Avec --workload : sauter un tour tant que N prompts attendent déjà (par défaut 0 : aucune limite).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch a ComfyUI server: queue, progress, live previews and outputs.</source>
        <translation>Surveiller un serveur ComfyUI : file d&apos;attente, progression, aperçus en direct et sorties.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Run the built-in demo server and watch it.</source>
        <translation>Lancer le serveur de démo intégré et le surveiller.</translation>
    </message>
    <message>
        <source>Start in full screen.</source>
        <translation>Démarrer en plein écran.</translation>
    </message>
    <message>
        <source>Auto-save outputs to this folder for this session.</source>
        <translation>Enregistrer automatiquement les sorties dans ce dossier pour cette session.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>This build has no demo server.
</source>
        <translation>Cette version n&apos;a pas de serveur de démo.
</translation>
    </message>
    <message>
        <source>Once connected, queue this API-format workflow (JSON) and follow it. May be given more than once.</source>
        <translation>Une fois connecté, mettre en file ce workflow au format API (JSON) et le suivre. Peut être répété.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Connect to this server (host:port or URL). Given more than once, the monitoring station watches them all.</source>
        <translation>Se connecter à ce serveur (hôte:port ou URL). Répété, la station de surveillance les surveille tous.</translation>
    </message>
    <message>
        <source>Open the monitoring station (many servers, alerts, wall mode). With --demo: watch simulated servers.</source>
        <translation>Ouvrir la station de surveillance (nombreux serveurs, alertes, mode mur). Avec --demo : surveiller des serveurs simulés.</translation>
    </message>
    <message>
        <source>Watch the servers of this fleet file (JSON or INI) in the monitoring station.</source>
        <translation>Surveiller dans la station les serveurs de ce fichier de flotte (JSON ou INI).</translation>
    </message>
    <message>
        <source>Start the monitoring station in wall mode.</source>
        <translation>Démarrer la station de surveillance en mode mur.</translation>
    </message>
    <message>
        <source>Start the monitoring station locked (read-only: no interrupt, cancel or clear).</source>
        <translation>Démarrer la station de surveillance verrouillée (lecture seule : ni interrompre, ni annuler, ni vider).</translation>
    </message>
    <message>
        <source>Number of simulated servers for --station --demo (default 8).</source>
        <translation>Nombre de serveurs simulés pour --station --demo (8 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Write the fleet&apos;s state as JSON to this file every few seconds (monitoring station).</source>
        <translation>Écrire l&apos;état de la flotte en JSON dans ce fichier toutes les quelques secondes (station de surveillance).</translation>
    </message>
    <message>
        <source>Serve the fleet&apos;s state as JSON on http://127.0.0.1:PORT/status.json (monitoring station).</source>
        <translation>Publier l&apos;état de la flotte en JSON sur http://127.0.0.1:PORT/status.json (station de surveillance).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>--status-port: not a port number: %1
</source>
        <translation>--status-port : pas un numéro de port : %1
</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics of the fleet on http://ADDR/metrics, e.g. 127.0.0.1:9464 (monitoring station; a bearer token from $COMFYSCOPE_METRICS_TOKEN when set).</source>
        <translation>Servir les métriques Prometheus de la flotte sur http://ADDR/metrics, p. ex. 127.0.0.1:9464 (station de surveillance ; jeton bearer tiré de $COMFYSCOPE_METRICS_TOKEN s’il est défini).</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Follow every client&apos;s jobs live through the ComfyScope relay on the --server servers when they have it (token from $COMFYSCOPE_RELAY_TOKEN).</source>
        <translation>Suivre en direct les tâches de tous les clients via le relais ComfyScope des serveurs --server qui l’ont (jeton lu dans $COMFYSCOPE_RELAY_TOKEN).</translation>
    </message>
    <message>
        <source>With --station --demo: fill the job history with this many days of simulated jobs and samples.</source>
        <translation>Avec --station --demo : remplir l’historique des tâches avec autant de jours de tâches et de mesures simulées.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Open the Trends window of this server (&quot;fleet&quot; for the whole fleet) at start (monitoring station).</source>
        <translation>Ouvrir au démarrage la fenêtre Tendances de ce serveur (« fleet » pour toute la flotte) (station de surveillance).</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Keep the job history (trends, History) in this SQLite file instead of the default one (viewer and monitoring station).</source>
        <translation>Conserver l’historique des tâches (tendances, historique) dans ce fichier SQLite au lieu du fichier par défaut (visionneuse et station de surveillance).</translation>
    </message>
    <message>
        <source>Open the History browser (every stored job of the fleet) at start (monitoring station).</source>
        <translation>Ouvrir le navigateur d’historique (toutes les tâches enregistrées de la flotte) au démarrage (station de surveillance).</translation>
    </message>
</context>
</TS>

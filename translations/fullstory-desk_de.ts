<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Core::ApiError</name>
    <message>
        <source>Fullstory said: “%1”</source>
        <translation>Fullstory meldet: „%1“</translation>
    </message>
    <message>
        <source>The API key was rejected (HTTP 401): it is wrong, revoked, or belongs to another region. Check the key and the region in the API key settings.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (HTTP 401): Er ist falsch, widerrufen oder gehört zu einer anderen Region. Prüfen Sie Schlüssel und Region in den API-Schlüssel-Einstellungen.</translation>
    </message>
    <message>
        <source>This API key&apos;s level may not read %1 (HTTP 403). Use an Architect or Admin key for it.</source>
        <translation>Die Stufe dieses API-Schlüssels darf %1 nicht lesen (HTTP 403). Verwenden Sie dafür einen Architect- oder Admin-Schlüssel.</translation>
    </message>
    <message>
        <source>Fullstory has no such resource: %1 (HTTP 404).</source>
        <translation>Diese Ressource gibt es bei Fullstory nicht: %1 (HTTP 404).</translation>
    </message>
    <message>
        <source>Fullstory kept rate-limiting the requests to %1 (HTTP 429). Wait a minute, then sync again.</source>
        <translation>Fullstory hat die Anfragen an %1 wiederholt gedrosselt (HTTP 429). Warten Sie eine Minute und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Fullstory answered %1 with a server error (HTTP %2). Try again later; if it persists, check Fullstory&apos;s status page.</source>
        <translation>Fullstory hat %1 mit einem Serverfehler beantwortet (HTTP %2). Versuchen Sie es später erneut; hält der Fehler an, sehen Sie auf der Statusseite von Fullstory nach.</translation>
    </message>
    <message>
        <source>Fullstory refused the request %1 (HTTP %2).</source>
        <translation>Fullstory hat die Anfrage %1 abgewiesen (HTTP %2).</translation>
    </message>
    <message>
        <source>Could not complete the request %1: %2. Check the network connection and the region (base URL).</source>
        <translation>Die Anfrage %1 konnte nicht abgeschlossen werden: %2. Prüfen Sie die Netzwerkverbindung und die Region (Basis-URL).</translation>
    </message>
    <message>
        <source>The request %1 got no answer for %2 s. Check the network connection and the region (base URL).</source>
        <translation>Die Anfrage %1 blieb %2 s lang ohne Antwort. Prüfen Sie die Netzwerkverbindung und die Region (Basis-URL).</translation>
    </message>
    <message>
        <source>Fullstory&apos;s answer to %1 (HTTP %2) could not be read: %3.</source>
        <translation>Die Antwort von Fullstory auf %1 (HTTP %2) war nicht lesbar: %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The answer to %1 did not finish within %2 s: the server kept the connection open but sent too slowly. Check the network connection, or try again later.</source>
        <translation>Die Antwort auf %1 kam nicht innerhalb von %2 s an: Der Server hielt die Verbindung offen, sendete aber zu langsam. Prüfen Sie die Netzwerkverbindung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The answer to %1 is larger than %2 MiB, the most Fullstory Desk reads as one page; it was not read. Nothing of this resource was stored. Tell Fullstory&apos;s support if it happens again.</source>
        <translation>Die Antwort auf %1 ist größer als %2 MiB, das Höchste, was Fullstory Desk als eine Seite liest; sie wurde nicht gelesen. Von dieser Ressource wurde nichts gespeichert. Wenn es wieder vorkommt, wenden Sie sich an den Fullstory-Support.</translation>
    </message>
    <message>
        <source>Stopped reading %1: %2. Nothing of this resource was stored; sync again later, and if it happens again, tell Fullstory&apos;s support.</source>
        <translation>Lesen von %1 abgebrochen: %2. Von dieser Ressource wurde nichts gespeichert; synchronisieren Sie später erneut, und wenn es wieder vorkommt, wenden Sie sich an den Fullstory-Support.</translation>
    </message>
</context>
<context>
    <name>Core::ApiSettings</name>
    <message>
        <source>Enter the API&apos;s address, for example https://api.fullstory.com.</source>
        <translation>Geben Sie die Adresse der API ein, zum Beispiel https://api.fullstory.com.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http would send the key unencrypted; use https (http is allowed only for 127.0.0.1, such as a local simulator).</source>
        <translation>Über einfaches http ginge der Schlüssel unverschlüsselt hinaus; verwenden Sie https (http ist nur für 127.0.0.1 erlaubt, etwa für einen lokalen Simulator).</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the API key is all Fullstory needs.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg; Fullstory braucht nur den API-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is not a Fullstory API host (api.fullstory.com, api.eu1.fullstory.com): your API key will be sent there. Go on only if it is your own proxy or test server.</source>
        <translation>%1 ist kein API-Host von Fullstory (api.fullstory.com, api.eu1.fullstory.com): Ihr API-Schlüssel würde dorthin gesendet. Fahren Sie nur fort, wenn es Ihr eigener Proxy oder Testserver ist.</translation>
    </message>
</context>
<context>
    <name>Core::CapabilityProbe</name>
    <message>
        <source>Fullstory names this key&apos;s role “%1”, which has no documented access level. It is used as a Standard key: resources it may not read are refused by Fullstory and listed with the reason.</source>
        <translation>Fullstory nennt die Rolle dieses Schlüssels „%1“; für sie ist keine Zugriffsstufe dokumentiert. Er wird als Standard-Schlüssel verwendet: Ressourcen, die er nicht lesen darf, lehnt Fullstory ab, und sie werden mit dem Grund aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Core::Catalog</name>
    <message>
        <source>Blocking settings</source>
        <translation>Blockierungseinstellungen</translation>
    </message>
    <message>
        <source>Domain settings</source>
        <translation>Domain-Einstellungen</translation>
    </message>
    <message>
        <source>Geo settings</source>
        <translation>Geo-Einstellungen</translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation>Datenschutzeinstellungen</translation>
    </message>
    <message>
        <source>Feature settings</source>
        <translation>Funktionseinstellungen</translation>
    </message>
    <message>
        <source>Targeting settings</source>
        <translation>Targeting-Einstellungen</translation>
    </message>
    <message>
        <source>Blocking settings history</source>
        <translation>Verlauf der Blockierungseinstellungen</translation>
    </message>
    <message>
        <source>Domain settings history</source>
        <translation>Verlauf der Domain-Einstellungen</translation>
    </message>
    <message>
        <source>Geo settings history</source>
        <translation>Verlauf der Geo-Einstellungen</translation>
    </message>
    <message>
        <source>Privacy settings history</source>
        <translation>Verlauf der Datenschutzeinstellungen</translation>
    </message>
    <message>
        <source>Feature settings history</source>
        <translation>Verlauf der Funktionseinstellungen</translation>
    </message>
    <message>
        <source>Targeting settings history</source>
        <translation>Verlauf der Targeting-Einstellungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>One user, by Fullstory id</source>
        <translation>Ein Benutzer, nach Fullstory-ID</translation>
    </message>
    <message>
        <source>One user, by your app&apos;s uid</source>
        <translation>Ein Benutzer, nach der UID Ihrer App</translation>
    </message>
    <message>
        <source>One user, legacy v1 by uid</source>
        <translation>Ein Benutzer, altes v1 nach UID</translation>
    </message>
</context>
<context>
    <name>Core::ColumnFilter</name>
    <message>
        <source>“%1” needs a value after it, for example %1 10.</source>
        <translation>„%1“ braucht danach einen Wert, zum Beispiel %1 10.</translation>
    </message>
    <message>
        <source>A range needs both ends, for example 10..20.</source>
        <translation>Ein Bereich braucht beide Enden, zum Beispiel 10..20.</translation>
    </message>
    <message>
        <source>contains “%1”</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <source>equals “%1”</source>
        <translation>ist gleich „%1“</translation>
    </message>
    <message>
        <source>is not “%1”</source>
        <translation>ist nicht „%1“</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>kleiner als %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>is empty (NULL)</source>
        <translation>ist leer (NULL)</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>Filter: text (contains), =text, &lt;&gt;text, &lt;5, &gt;=5, 10..20, NULL, NOT NULL, &quot;quoted text&quot;</source>
        <translation>Filter: Text (enthält), =Text, &lt;&gt;Text, &lt;5, &gt;=5, 10..20, NULL, NOT NULL, &quot;Text in Anführungszeichen&quot;</translation>
    </message>
</context>
<context>
    <name>Core::DatasetCheck</name>
    <message>
        <source>%1 is damaged (%2). Nothing was changed. Restore it from a backup, or move it aside and sync again to start a new dataset.</source>
        <translation>%1 ist beschädigt (%2). Es wurde nichts verändert. Stellen Sie die Datei aus einer Sicherung wieder her oder legen Sie sie beiseite und synchronisieren Sie erneut, um einen neuen Datenbestand anzulegen.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, so it is not a Fullstory Desk dataset. Nothing was changed. Choose another file, or move this one aside.</source>
        <translation>%1 ist keine SQLite-Datenbank und damit kein Fullstory-Desk-Datenbestand. Es wurde nichts verändert. Wählen Sie eine andere Datei oder legen Sie diese beiseite.</translation>
    </message>
    <message>
        <source>%1 is not a Fullstory Desk dataset: it holds other tables (%2) and none of the sync&apos;s own. Nothing was changed. Choose a new file or an existing dataset.</source>
        <translation>%1 ist kein Fullstory-Desk-Datenbestand: Die Datei enthält andere Tabellen (%2) und keine der Synchronisierung. Es wurde nichts verändert. Wählen Sie eine neue Datei oder einen vorhandenen Datenbestand.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Fullstory Desk (dataset format %2; this one reads up to %3). Nothing was changed. Update the app, or choose another dataset.</source>
        <translation>%1 wurde von einem neueren Fullstory Desk geschrieben (Datenformat %2; diese Version liest bis %3). Es wurde nichts verändert. Aktualisieren Sie die App oder wählen Sie einen anderen Datenbestand.</translation>
    </message>
    <message>
        <source>cannot write %1: the file or its folder is read-only. Nothing was changed. Make it writable, or choose a dataset in a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Es wurde nichts verändert. Heben Sie den Schreibschutz auf oder wählen Sie einen Datenbestand in einem beschreibbaren Ordner.</translation>
    </message>
</context>
<context>
    <name>Core::DatasetLock</name>
    <message>
        <source>busy: a sync is already running (%1, pid %2, started at %3). Wait for it to finish, or stop it.</source>
        <translation>belegt: Es läuft bereits eine Synchronisation (%1, PID %2, gestartet um %3). Warten Sie, bis sie fertig ist, oder beenden Sie sie.</translation>
    </message>
    <message>
        <source>cannot create %1: the dataset&apos;s folder is read-only or not yours to write. Nothing was changed. Make it writable, or choose a dataset in a folder you can write to.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner des Datenbestands ist schreibgeschützt oder Sie dürfen dort nicht schreiben. Es wurde nichts verändert. Heben Sie den Schreibschutz auf oder wählen Sie einen Datenbestand in einem beschreibbaren Ordner.</translation>
    </message>
</context>
<context>
    <name>Core::DatasetReader</name>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
</context>
<context>
    <name>Core::DatasetWriter</name>
    <message>
        <source>%1 is not a usable Fullstory Desk dataset (%2). Move it aside and sync again, or choose another file.</source>
        <translation>%1 ist kein brauchbarer Fullstory-Desk-Datensatz (%2). Verschieben Sie die Datei und synchronisieren Sie erneut, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>cannot write %1 (%2). Check the folder&apos;s permissions and free space, or choose another location.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie die Rechte und den freien Platz des Ordners, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>dataset %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <source>the disk is full: free space and sync again; nothing was lost (the resource being loaded was rolled back, %1 is as it was before it).</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei und synchronisieren Sie erneut; es ging nichts verloren (die gerade geladene Ressource wurde zurückgenommen, %1 ist wie zuvor).</translation>
    </message>
    <message>
        <source>cannot read or write %1 (%2): the disk or the file system failed. Nothing was lost: the resource being loaded was rolled back. Check the disk and sync again.</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden (%2): Der Datenträger oder das Dateisystem hat versagt. Es ging nichts verloren: Die gerade geladene Ressource wurde zurückgenommen. Prüfen Sie den Datenträger und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>the sync was stopped before it finished (killed, or the computer went down); the resource it was loading was rolled back</source>
        <translation>Die Synchronisierung wurde vor ihrem Ende abgebrochen (beendet oder der Rechner ging aus); die gerade geladene Ressource wurde zurückgenommen</translation>
    </message>
</context>
<context>
    <name>Core::DiffExport</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some space, then try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Core::Exporter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Core::KeyLevel</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Architect</source>
        <translation>Architect</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>Core::KeychainStore</name>
    <message>
        <source>No API key is stored yet. Enter one in the API key settings.</source>
        <translation>Es ist noch kein API-Schlüssel gespeichert. Geben Sie einen in den API-Schlüssel-Einstellungen ein.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring, allow Fullstory Desk to use it, and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie Ihren Schlüsselbund, erlauben Sie Fullstory Desk den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection (%1). Unlock it (log in to the desktop session, or open your keyring manager) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat keine Standardsammlung (%1). Entsperren Sie ihn (an der Desktop-Sitzung anmelden oder die Schlüsselbundverwaltung öffnen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1.</translation>
    </message>
    <message>
        <source>The keychain could not remove the API key: %1.</source>
        <translation>Der Schlüsselbund konnte den API-Schlüssel nicht entfernen: %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and try again; scripts can pass the key on standard input or in FULLSTORY_API_KEY instead.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1). Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring oder KWallet) und versuchen Sie es erneut; Skripte können den Schlüssel stattdessen über die Standardeingabe oder in FULLSTORY_API_KEY übergeben.</translation>
    </message>
</context>
<context>
    <name>Core::QueryRunner</name>
    <message>
        <source>a writing PRAGMA</source>
        <translation>ein schreibendes PRAGMA</translation>
    </message>
    <message>
        <source>changing the schema (CREATE, DROP)</source>
        <translation>eine Schemaänderung (CREATE, DROP)</translation>
    </message>
    <message>
        <source>this statement</source>
        <translation>diese Anweisung</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Refused: %1 would change the dataset, and this pane only reads it. The dataset changes only through a sync.</source>
        <translation>Abgelehnt: %1 würde den Datensatz ändern, und hier wird nur gelesen. Der Datensatz ändert sich nur durch eine Synchronisation.</translation>
    </message>
    <message>
        <source>Stopped after the time limit of %1 s. Narrow the query, or raise the limit.</source>
        <translation>Nach dem Zeitlimit von %1 s gestoppt. Grenzen Sie die Abfrage ein oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <source>Stopped: the query needed more than %1 MiB of memory, the most a query may use here. Narrow it (a LIMIT, fewer columns, no sort of a large result).</source>
        <translation>Abgebrochen: Die Abfrage brauchte mehr als %1 MiB Speicher, das Höchste, was eine Abfrage hier nutzen darf. Schränken Sie sie ein (ein LIMIT, weniger Spalten, kein Sortieren eines großen Ergebnisses).</translation>
    </message>
    <message>
        <source>Stopped: a value would be larger than %1 MiB, the most one string or blob may be here. Narrow the query (substr(), a LIMIT).</source>
        <translation>Abgebrochen: Ein Wert wäre größer als %1 MiB, das Höchste für einen String oder Blob hier. Schränken Sie die Abfrage ein (substr(), ein LIMIT).</translation>
    </message>
    <message>
        <source>Stopped: the query needed more than %1 MiB of temporary disk space, the most a query may use here. Narrow it (a LIMIT, a WHERE, no sort of a large result).</source>
        <translation>Abgebrochen: Die Abfrage brauchte mehr als %1 MiB temporären Speicherplatz auf der Festplatte, das Höchste, was eine Abfrage hier nutzen darf. Schränken Sie sie ein (ein LIMIT, ein WHERE, kein Sortieren eines großen Ergebnisses).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>%1. Did you mean %2?</source>
        <translation>%1. Meinten Sie %2?</translation>
    </message>
</context>
<context>
    <name>Core::QueryStore</name>
    <message>
        <source>The query tabs could not be saved to %1: %2</source>
        <translation>Die Abfrage-Tabs konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The query history is not available: %1</source>
        <translation>Der Abfrageverlauf ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The query could not be added to the history: %1</source>
        <translation>Die Abfrage konnte nicht in den Verlauf aufgenommen werden: %1</translation>
    </message>
    <message>
        <source>The query history could not be read: %1</source>
        <translation>Der Abfrageverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The query could not be saved: %1</source>
        <translation>Die Abfrage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The saved query could not be removed: %1</source>
        <translation>Die gespeicherte Abfrage konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The saved queries could not be read: %1</source>
        <translation>Die gespeicherten Abfragen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Core::ReadConnection</name>
    <message>
        <source>There is no dataset at %1 yet. Run a sync to create it.</source>
        <translation>Unter %1 gibt es noch keinen Datensatz. Synchronisieren Sie, um ihn anzulegen.</translation>
    </message>
    <message>
        <source>Cannot open the dataset: %1</source>
        <translation>Der Datensatz lässt sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>Core::ResourceFetcher</name>
    <message>
        <source>the server has sent %1 records, more than the %2 it says it holds</source>
        <translation>der Server hat %1 Datensätze gesendet, mehr als die %2, die er nach eigener Angabe hat</translation>
    </message>
    <message>
        <source>page %1 points back to a page already read (its page tokens go round in a circle)</source>
        <translation>Seite %1 verweist zurück auf eine schon gelesene Seite (ihre Seiten-Token drehen sich im Kreis)</translation>
    </message>
    <message>
        <source>the server still offers more after %1 pages, the most one resource may have</source>
        <translation>der Server bietet nach %1 Seiten noch mehr an, dem Höchstwert für eine Ressource</translation>
    </message>
</context>
<context>
    <name>Core::SimulatorThread</name>
    <message>
        <source>The demo simulator could not start: %1. Try the sync again; if it keeps failing, restart Fullstory Desk.</source>
        <translation>Der Demo-Simulator konnte nicht starten: %1. Versuchen Sie die Synchronisation erneut; scheitert sie weiter, starten Sie Fullstory Desk neu.</translation>
    </message>
</context>
<context>
    <name>Core::SyncEngine</name>
    <message>
        <source>Opening the dataset</source>
        <translation>Datensatz wird geöffnet</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Checking the API key</source>
        <translation>API-Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>Nothing was loaded.</source>
        <translation>Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>%1 wird synchronisiert (%2 von %3)</translation>
    </message>
    <message>
        <source>not attempted: the API key was rejected</source>
        <translation>nicht versucht: Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>not attempted: the dataset could not be written</source>
        <translation>nicht versucht: Der Datenbestand konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>Fullstory cannot be reached</source>
        <translation>Fullstory ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Fullstory answered with an error</source>
        <translation>Fullstory antwortete mit einem Fehler</translation>
    </message>
    <message>
        <source>Checking the API key: %1, trying again in %2 s (attempt %3 of %4)</source>
        <translation>API-Schlüssel wird geprüft: %1, neuer Versuch in %2 s (Versuch %3 von %4)</translation>
    </message>
</context>
<context>
    <name>Core::SyncPlan</name>
    <message>
        <source>not in the resource catalog</source>
        <translation>nicht im Ressourcenkatalog</translation>
    </message>
    <message>
        <source>needs an %1 key or higher; this key is %2</source>
        <translation>braucht einen %1-Schlüssel oder höher; dieser Schlüssel ist %2</translation>
    </message>
    <message>
        <source>needs a value for {%1}</source>
        <translation>braucht einen Wert für {%1}</translation>
    </message>
</context>
<context>
    <name>Gui::ApiKeyDialog</name>
    <message>
        <source>Fullstory API key</source>
        <translation>Fullstory-API-Schlüssel</translation>
    </message>
    <message>
        <source>Create a key in Fullstory under Settings › Integrations › API Keys. An Architect or Admin key can read everything; a Standard key cannot read privacy settings or users.</source>
        <translation>Legen Sie in Fullstory unter Settings › Integrations › API Keys einen Schlüssel an. Ein Architect- oder Admin-Schlüssel kann alles lesen; ein Standard-Schlüssel weder Datenschutzeinstellungen noch Benutzer.</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>NA1 — api.fullstory.com</source>
        <translation>NA1 — api.fullstory.com</translation>
    </message>
    <message>
        <source>EU1 — api.eu1.fullstory.com</source>
        <translation>EU1 — api.eu1.fullstory.com</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Stored key:</source>
        <translation>Gespeicherter Schlüssel:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>a key ending in %1</source>
        <translation>ein Schlüssel, der auf %1 endet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Paste a new key to replace the stored one</source>
        <translation>Neuen Schlüssel einfügen, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation>Gespeicherter Schlüssel wird gelesen …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>It can read all %1 resources.</source>
        <translation>Er kann alle %1 Ressourcen lesen.</translation>
    </message>
    <message>
        <source>It can read %1 of %2 resources; not: %3 (they need a higher key level).</source>
        <translation>Er kann %1 von %2 Ressourcen lesen; nicht: %3 (sie brauchen eine höhere Schlüsselstufe).</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The key was not saved. %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Remove API key</source>
        <translation>API-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the stored API key from the keychain? Your synced data stays; you need a key again to sync.</source>
        <translation>Den gespeicherten API-Schlüssel aus dem Schlüsselbund entfernen? Ihre synchronisierten Daten bleiben erhalten; zum Synchronisieren brauchen Sie wieder einen Schlüssel.</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Schlüssel wird entfernt …</translation>
    </message>
    <message>
        <source>The key was removed from the keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Connected: org %1, %2 key.</source>
        <translation>Verbunden: Organisation %1, %2-Schlüssel.</translation>
    </message>
    <message>
        <source>Connected: org %1, %2 key of %3.</source>
        <translation>Verbunden: Organisation %1, %2-Schlüssel von %3.</translation>
    </message>
</context>
<context>
    <name>Gui::BlameModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>Gui::BlameView</name>
    <message>
        <source>Filter fields, values, authors…</source>
        <translation>Felder, Werte, Autoren filtern…</translation>
    </message>
    <message>
        <source>Double-click a field to see the version that last changed it</source>
        <translation>Doppelklicken Sie auf ein Feld, um die Version zu sehen, die es zuletzt geändert hat</translation>
    </message>
    <message>
        <source>No history of this setting yet. Sync its history resource on the Sync tab, then come back.</source>
        <translation>Zu dieser Einstellung gibt es noch keinen Verlauf. Synchronisieren Sie ihre Verlaufsressource im Reiter Synchronisieren und kommen Sie dann zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) in the newest version</source>
        <translation>
            <numerusform>%Ln Feld in der neuesten Version</numerusform>
            <numerusform>%Ln Felder in der neuesten Version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ChartDialog</name>
    <message>
        <source>Chart — %1</source>
        <translation>Diagramm — %1</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>The result has no column of numbers to chart.</source>
        <translation>Das Ergebnis hat keine Zahlenspalte zum Darstellen.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) charted</source>
        <translation>
            <numerusform>%Ln Zeile dargestellt</numerusform>
            <numerusform>%Ln Zeilen dargestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>; the result has more rows than are loaded (scroll the grid to load them)</source>
        <translation>; das Ergebnis hat mehr Zeilen als geladen sind (scrollen Sie im Raster, um sie zu laden)</translation>
    </message>
    <message>
        <source>; bars show the first %1</source>
        <translation>; die Balken zeigen die ersten %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stufen</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonExport</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
</context>
<context>
    <name>Gui::DiffModel</name>
    <message numerus="yes">
        <source>⋯ %Ln unchanged field(s) — show</source>
        <translation>
            <numerusform>⋯ %Ln unverändertes Feld – anzeigen</numerusform>
            <numerusform>⋯ %Ln unveränderte Felder – anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click, or press Enter, to show these fields</source>
        <translation>Klicken oder Eingabe drücken, um diese Felder zu zeigen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Gui::DiffView</name>
    <message>
        <source>These two versions are the same.</source>
        <translation>Diese beiden Versionen sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more field(s)</source>
        <translation>
            <numerusform>… und %Ln weiteres Feld</numerusform>
            <numerusform>… und %Ln weitere Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy with headers</source>
        <translation>Mit Überschriften kopieren</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>Gui::ExportController</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>CSV für Excel, UTF-8 mit BOM (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) of %1…</source>
        <translation>
            <numerusform>%Ln Zeile von %1 wird exportiert …</numerusform>
            <numerusform>%Ln Zeilen von %1 werden exportiert …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>Gui::Format</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) of binary data)</source>
        <translation>
            <numerusform>(%Ln Byte Binärdaten)</numerusform>
            <numerusform>(%Ln Byte Binärdaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>The run fetched the first %1 rows; the result had more.</source>
        <translation>Die Ausführung hat die ersten %1 Zeilen geholt; das Ergebnis hatte mehr.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>Gui::HistoryPane</name>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>This week&apos;s changes</source>
        <translation>Änderungen dieser Woche</translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation>Ein&amp;stellung:</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
</context>
<context>
    <name>Gui::IgnoreFieldsDialog</name>
    <message>
        <source>Ignore Fields</source>
        <translation>Felder ignorieren</translation>
    </message>
    <message>
        <source>Changes to these fields are left out of every comparison and count. One per line: a field name such as &lt;b&gt;note&lt;/b&gt; ignores it everywhere; a path such as &lt;b&gt;elementRuleGroups.*.note&lt;/b&gt; only there (&lt;b&gt;*&lt;/b&gt; matches any part of one step).</source>
        <translation>Änderungen dieser Felder fehlen in jedem Vergleich und jeder Zählung. Eines pro Zeile: Ein Feldname wie &lt;b&gt;note&lt;/b&gt; ignoriert das Feld überall, ein Pfad wie &lt;b&gt;elementRuleGroups.*.note&lt;/b&gt; nur dort (&lt;b&gt;*&lt;/b&gt; steht für einen beliebigen Teil eines Schritts).</translation>
    </message>
</context>
<context>
    <name>Gui::JsonViewer</name>
    <message>
        <source>JSON — %1</source>
        <translation>JSON — %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at character %2); shown as stored.</source>
        <translation>Kein gültiges JSON (%1 bei Zeichen %2); so angezeigt, wie es gespeichert ist.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln Schlüssel</numerusform>
            <numerusform>%Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync with &amp;full refresh</source>
        <translation>Mit &amp;vollständigem Neuladen synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisation a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation>&amp;API-Schlüssel …</translation>
    </message>
    <message>
        <source>Use &amp;demo data</source>
        <translation>&amp;Demodaten verwenden</translation>
    </message>
    <message>
        <source>Use &amp;my data</source>
        <translation>&amp;Meine Daten verwenden</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>Ansicht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy with &amp;headers</source>
        <translation>Mit Spalten&amp;namen kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;rows</source>
        <translation>&amp;Zeilen kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter column</source>
        <translation>Spalte &amp;filtern</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;About Fullstory Desk</source>
        <translation>&amp;Über Fullstory Desk</translation>
    </message>
    <message>
        <source>About Fullstory Desk</source>
        <translation>Über Fullstory Desk</translation>
    </message>
    <message>
        <source>Fullstory Desk %1

Your Fullstory org&apos;s recording settings, their history and your users in a local SQLite dataset.

Dataset: %2</source>
        <translation>Fullstory Desk %1

Die Aufzeichnungseinstellungen Ihrer Fullstory-Organisation, ihre Geschichte und Ihre Benutzer in einem lokalen SQLite-Datensatz.

Datensatz: %2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>API key saved in the keychain. Press Sync to fetch your org&apos;s data.</source>
        <translation>API-Schlüssel im Schlüsselbund gespeichert. Klicken Sie auf Synchronisieren, um die Daten Ihrer Organisation zu holen.</translation>
    </message>
    <message>
        <source>Fullstory Desk</source>
        <translation>Fullstory Desk</translation>
    </message>
    <message>
        <source>DEMO DATA (simulated org)</source>
        <translation>DEMODATEN (simulierte Organisation)</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Meine Daten</translation>
    </message>
    <message>
        <source>Org %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>Quit Fullstory Desk</source>
        <translation>Fullstory Desk beenden</translation>
    </message>
    <message>
        <source>A sync is running. Cancel it and quit? Resources already synced are kept; the one in progress is rolled back.</source>
        <translation>Eine Synchronisation läuft. Abbrechen und beenden? Bereits synchronisierte Ressourcen bleiben erhalten; die laufende wird zurückgerollt.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Sync &amp;pane</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>Sc&amp;hema</source>
        <translation>Sc&amp;hema</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings histor&amp;y</source>
        <translation>Einstellungsverla&amp;uf</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>An API key is stored in the keychain. Change or remove it.</source>
        <translation>Ein API-Schlüssel ist im Schlüsselbund gespeichert. Ändern oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>No API key is stored yet. Enter one to sync your org&apos;s data.</source>
        <translation>Noch kein API-Schlüssel gespeichert. Geben Sie einen ein, um die Daten Ihrer Organisation zu synchronisieren.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached, so no key can be stored or read.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar; kein Schlüssel kann gespeichert oder gelesen werden.</translation>
    </message>
    <message>
        <source>Looking for a stored API key…</source>
        <translation>Gespeicherter API-Schlüssel wird gesucht …</translation>
    </message>
    <message>
        <source>&amp;Next part of the pane</source>
        <translation>&amp;Nächster Bereich des Fensters</translation>
    </message>
    <message>
        <source>Pre&amp;vious part of the pane</source>
        <translation>&amp;Vorheriger Bereich des Fensters</translation>
    </message>
</context>
<context>
    <name>Gui::QueryTab</name>
    <message>
        <source>Nothing to run: type a query, for example SELECT * FROM users LIMIT 10.</source>
        <translation>Nichts auszuführen: Geben Sie eine Abfrage ein, zum Beispiel SELECT * FROM users LIMIT 10.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in %1</source>
        <translation>
            <numerusform>%Ln Zeile in %1</numerusform>
            <numerusform>%Ln Zeilen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>First %1 rows in %2; scroll down for more</source>
        <translation>Die ersten %1 Zeilen in %2; für mehr nach unten scrollen</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <source>%1 statements ran; the last: %2</source>
        <translation>%1 Anweisungen ausgeführt; die letzte: %2</translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4)</source>
        <translation>%1. %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Error at %1: %2</source>
        <translation>Fehler in %1: %2</translation>
    </message>
    <message>
        <source>Statement %1 of the script: %2</source>
        <translation>Anweisung %1 des Skripts: %2</translation>
    </message>
    <message>
        <source>%1. The open transaction ends with this result: the next run sees the latest sync.</source>
        <translation>%1. Die offene Transaktion endet mit diesem Ergebnis: Der nächste Lauf sieht die letzte Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>Gui::ResourceModel</name>
    <message>
        <source>Needs an %1 key or higher; this key is %2.</source>
        <translation>Braucht einen %1-Schlüssel oder höher; dieser Schlüssel ist %2.</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed</source>
        <translation>Versuch %1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation>%1, neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Synchronisiert: %1 von %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert …</translation>
    </message>
    <message>
        <source>Up to date (%1 stored versions)</source>
        <translation>Aktuell (%1 gespeicherte Versionen)</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing of it was kept</source>
        <translation>Abgebrochen; davon wurde nichts behalten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisation</translation>
    </message>
    <message>
        <source>Not run: the sync stopped before its turn</source>
        <translation>Nicht ausgeführt: Die Synchronisation endete vorher</translation>
    </message>
</context>
<context>
    <name>Gui::RunHistoryModel</name>
    <message>
        <source>%1, full refresh</source>
        <translation>%1, vollständig neu geladen</translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation>%1-Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retry(s), waited %1</source>
        <translation>
            <numerusform>%Ln Wiederholung, %1 gewartet</numerusform>
            <numerusform>%Ln Wiederholungen, %1 gewartet</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln resource(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ressource</numerusform>
            <numerusform>%1 von %Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::SchemaModel</name>
    <message>
        <source>System tables</source>
        <translation>Systemtabellen</translation>
    </message>
    <message>
        <source>what each sync did, cursors and the schema log</source>
        <translation>was jede Synchronisation getan hat, Cursor und das Schema-Protokoll</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>child table</source>
        <translation>Untertabelle</translation>
    </message>
    <message>
        <source>%1._dlt_parent_id → %2._dlt_id</source>
        <translation>%1._dlt_parent_id → %2._dlt_id</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>darf leer sein</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <source>variant column (the value changed type)</source>
        <translation>Variantenspalte (der Wert hat den Typ gewechselt)</translation>
    </message>
    <message>
        <source>system column</source>
        <translation>Systemspalte</translation>
    </message>
    <message>
        <source>→ %1._dlt_id</source>
        <translation>→ %1._dlt_id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>Gui::SchemaPane</name>
    <message>
        <source>Search tables and columns</source>
        <translation>Tabellen und Spalten durchsuchen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Sync run</source>
        <translation>Synchronisationslauf</translation>
    </message>
    <message>
        <source>Schema changes: what appeared in which sync</source>
        <translation>Schemaänderungen: was in welcher Synchronisation hinzukam</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Copy SELECT statement</source>
        <translation>SELECT-Anweisung kopieren</translation>
    </message>
    <message>
        <source>Open in table browser</source>
        <translation>In der Tabellenansicht öffnen</translation>
    </message>
    <message>
        <source>Query in the SQL pane</source>
        <translation>Im SQL-Bereich abfragen</translation>
    </message>
</context>
<context>
    <name>Gui::SqlPane</name>
    <message>
        <source>New query tab (Ctrl+T)</source>
        <translation>Neuer Abfrage-Tab (Strg+T)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Queries running longer are stopped</source>
        <translation>Längere Abfragen werden gestoppt</translation>
    </message>
    <message>
        <source>Time limit: </source>
        <translation>Zeitlimit: </translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Click a query to open it in a new tab</source>
        <translation>Klicken Sie auf eine Abfrage, um sie in einem neuen Tab zu öffnen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>From history</source>
        <translation>Aus dem Verlauf</translation>
    </message>
    <message>
        <source>Query 1</source>
        <translation>Abfrage 1</translation>
    </message>
    <message>
        <source>Query %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <source>Rename query tab</source>
        <translation>Abfrage-Tab umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alles ausführen</translation>
    </message>
    <message>
        <source>Run statement</source>
        <translation>Anweisung ausführen</translation>
    </message>
    <message>
        <source>Run selection</source>
        <translation>Auswahl ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Save query…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Click a query to open it in a new tab; right-click to remove it</source>
        <translation>Klicken Sie auf eine Abfrage, um sie in einem neuen Tab zu öffnen; Rechtsklick entfernt sie</translation>
    </message>
    <message>
        <source>Example queries for this dataset; click one to open it</source>
        <translation>Beispielabfragen für diesen Datensatz; ein Klick öffnet sie</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Remove saved query</source>
        <translation>Gespeicherte Abfrage entfernen</translation>
    </message>
    <message>
        <source>Run a query that returns rows first; its whole result is exported.</source>
        <translation>Führen Sie zuerst eine Abfrage aus, die Zeilen liefert; exportiert wird ihr ganzes Ergebnis.</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Saved the query as “%1”.</source>
        <translation>Abfrage als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Chart…</source>
        <translation>Diagramm …</translation>
    </message>
    <message>
        <source>Run a query that returns rows first, then chart them.</source>
        <translation>Führen Sie zuerst eine Abfrage aus, die Zeilen liefert, und stellen Sie diese dann dar.</translation>
    </message>
</context>
<context>
    <name>Gui::StarterQueries</name>
    <message>
        <source>Who changed the privacy settings in the last 30 days</source>
        <translation>Wer die Datenschutzeinstellungen in den letzten 30 Tagen geändert hat</translation>
    </message>
    <message>
        <source>Blocked IPs over time: how many each version of the blocking settings had</source>
        <translation>Blockierte IPs im Zeitverlauf: wie viele jede Version der Blockierungseinstellungen hatte</translation>
    </message>
    <message>
        <source>Versions per author, across every setting&apos;s history</source>
        <translation>Versionen je Autor, über den Verlauf aller Einstellungen</translation>
    </message>
    <message>
        <source>What each sync did: resources, rows and errors</source>
        <translation>Was jede Synchronisation getan hat: Ressourcen, Zeilen und Fehler</translation>
    </message>
    <message>
        <source>Users by email domain: who your identified users work for</source>
        <translation>Benutzer nach E-Mail-Domain: für wen Ihre identifizierten Benutzer arbeiten</translation>
    </message>
    <message>
        <source>The properties your users carry, and where each one is stored</source>
        <translation>Die Eigenschaften Ihrer Benutzer und wo jede gespeichert ist</translation>
    </message>
</context>
<context>
    <name>Gui::StoredWords</name>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>new table</source>
        <translation>neue Tabelle</translation>
    </message>
    <message>
        <source>new column</source>
        <translation>neue Spalte</translation>
    </message>
    <message>
        <source>new variant column</source>
        <translation>neue Variantenspalte</translation>
    </message>
    <message>
        <source>kept in the overflow column</source>
        <translation>in der Überlaufspalte abgelegt</translation>
    </message>
    <message>
        <source>new column, renamed</source>
        <translation>neue Spalte, umbenannt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierung</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Geo</source>
        <translation>Geo</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Targeting</translation>
    </message>
    <message>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>setting (platform)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::SyncController</name>
    <message>
        <source>Starting the demo simulator</source>
        <translation>Demo-Simulator wird gestartet</translation>
    </message>
    <message>
        <source>Reading the API key from the keychain</source>
        <translation>API-Schlüssel wird aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>Gui::SyncPane</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Full refresh (read every history page again)</source>
        <translation>Vollständig neu laden (jede Verlaufsseite erneut lesen)</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Synchronisationsverlauf</translation>
    </message>
    <message>
        <source>Tick at least one resource to sync.</source>
        <translation>Wählen Sie mindestens eine Ressource zum Synchronisieren aus.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert …</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1 of %2 resources</source>
        <translation>%1 von %2 Ressourcen</translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3)…</source>
        <translation>%1 wird synchronisiert (%2 von %3) …</translation>
    </message>
    <message>
        <source>Sync complete: %1</source>
        <translation>Synchronisation abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Sync partly complete: %1 See the resources below for details.</source>
        <translation>Synchronisation teilweise abgeschlossen: %1 Einzelheiten stehen bei den Ressourcen unten.</translation>
    </message>
    <message>
        <source>Sync cancelled. Resources finished before the cancel are kept; the one in progress was rolled back.</source>
        <translation>Synchronisation abgebrochen. Vor dem Abbruch fertige Ressourcen bleiben erhalten; die laufende wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation gestoppt: %1</translation>
    </message>
    <message>
        <source>The dataset could not be used: %1</source>
        <translation>Der Datensatz war nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 key for org %2</source>
        <translation>%1-Schlüssel für Organisation %2</translation>
    </message>
    <message>
        <source>Demo data from the built-in Fullstory simulator. Nothing leaves this computer.</source>
        <translation>Demodaten aus dem eingebauten Fullstory-Simulator. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <source>No API key is stored. Add one with Settings › API key to sync your org.</source>
        <translation>Es ist kein API-Schlüssel gespeichert. Fügen Sie unter Einstellungen › API-Schlüssel einen hinzu, um Ihre Organisation zu synchronisieren.</translation>
    </message>
    <message>
        <source>API key %1 (checking its level…)</source>
        <translation>API-Schlüssel %1 (Stufe wird geprüft …)</translation>
    </message>
    <message>
        <source>API key %1: %2.</source>
        <translation>API-Schlüssel %1: %2.</translation>
    </message>
    <message>
        <source>%1 synced, %2 failed, %3 skipped; %4 written in %5.</source>
        <translation>%1 synchronisiert, %2 fehlgeschlagen, %3 übersprungen; %4 geschrieben in %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln Ressource</numerusform>
            <numerusform>%Ln Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>API key %1: its level could not be checked. %2</source>
        <translation>API-Schlüssel %1: Seine Stufe konnte nicht geprüft werden. %2</translation>
    </message>
</context>
<context>
    <name>Gui::TableGridModel</name>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <source>variant column</source>
        <translation>Variantenspalte</translation>
    </message>
</context>
<context>
    <name>Gui::TableListModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>Gui::TablesPane</name>
    <message>
        <source>Show system tables</source>
        <translation>Systemtabellen anzeigen</translation>
    </message>
    <message>
        <source>The _sync_* tables: runs, per-resource results, cursors and the schema log</source>
        <translation>Die _sync_*-Tabellen: Läufe, Ergebnisse je Ressource, Cursor und das Schema-Protokoll</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy with headers</source>
        <translation>Mit Spaltennamen kopieren</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Filter by this value</source>
        <translation>Nach diesem Wert filtern</translation>
    </message>
    <message>
        <source>Open JSON viewer</source>
        <translation>JSON-Ansicht öffnen</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Ansicht exportieren …</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Copy SELECT statement</source>
        <translation>SELECT-Anweisung kopieren</translation>
    </message>
    <message>
        <source>Nothing synced yet. Press Sync (F9) to fetch the data.</source>
        <translation>Noch nichts synchronisiert. Drücken Sie Synchronisieren (F9), um die Daten zu holen.</translation>
    </message>
    <message>
        <source>Query in the SQL pane</source>
        <translation>Im SQL-Bereich abfragen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 of %2 × %3 (filtered)</source>
        <translation>%1 von %2 × %3 (gefiltert)</translation>
    </message>
    <message>
        <source>%1 × %2 (filtered)</source>
        <translation>%1 × %2 (gefiltert)</translation>
    </message>
    <message>
        <source>Show &amp;system tables</source>
        <translation>&amp;Systemtabellen anzeigen</translation>
    </message>
</context>
<context>
    <name>Gui::VersionBrowser</name>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
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
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Au&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous change (Alt+Up)</source>
        <translation>Vorherige Änderung (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Next change (Alt+Down)</source>
        <translation>Nächste Änderung (Alt+Runter)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>Untereinander</translation>
    </message>
    <message>
        <source>Show unchanged</source>
        <translation>Unverändertes zeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this comparison as text or JSON</source>
        <translation>Diesen Vergleich als Text oder JSON speichern</translation>
    </message>
    <message>
        <source>Ignore fields…</source>
        <translation>Felder ignorieren…</translation>
    </message>
    <message numerus="yes">
        <source>Ignoring %Ln field(s)…</source>
        <translation>
            <numerusform>%Ln Feld ignoriert…</numerusform>
            <numerusform>%Ln Felder ignoriert…</numerusform>
        </translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Alle Autoren</translation>
    </message>
    <message>
        <source>The version before</source>
        <translation>der Version davor</translation>
    </message>
    <message>
        <source>No history of this setting yet. Sync its history resource on the Sync tab, then come back.</source>
        <translation>Zu dieser Einstellung gibt es noch keinen Verlauf. Synchronisieren Sie ihre Verlaufsressource im Reiter Synchronisieren und kommen Sie dann zurück.</translation>
    </message>
    <message>
        <source>This version is no longer in the dataset. Refresh (F5) to see the current history.</source>
        <translation>Diese Version ist nicht mehr im Datensatz. Aktualisieren Sie (F5), um den aktuellen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 — the first version</source>
        <translation>%1 – die erste Version</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No version matches the author and period chosen.</source>
        <translation>Keine Version passt zu gewähltem Autor und Zeitraum.</translation>
    </message>
    <message>
        <source>Nothing changed in this version but when and by whom it was saved.</source>
        <translation>In dieser Version hat sich nur geändert, wann und von wem sie gespeichert wurde.</translation>
    </message>
    <message>
        <source>Nothing changed in this version but when and by whom it was saved, apart from any fields you ignore.</source>
        <translation>In dieser Version hat sich nur geändert, wann und von wem sie gespeichert wurde – abgesehen von Feldern, die Sie ignorieren.</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
</context>
<context>
    <name>Gui::WelcomePane</name>
    <message>
        <source>Welcome to Fullstory Desk</source>
        <translation>Willkommen bei Fullstory Desk</translation>
    </message>
    <message>
        <source>Fullstory Desk copies your org&apos;s recording settings, every earlier version of them, and your users into a local SQLite dataset you can browse and query.

To sync your org, store a Fullstory API key; it is kept in your system&apos;s keychain and nowhere else. Or look around first with demo data from the built-in simulator.</source>
        <translation>Fullstory Desk kopiert die Aufzeichnungseinstellungen Ihrer Organisation, jede frühere Version davon und Ihre Benutzer in einen lokalen SQLite-Datensatz, den Sie durchsuchen und abfragen können.

Um Ihre Organisation zu synchronisieren, hinterlegen Sie einen Fullstory-API-Schlüssel; er liegt im Schlüsselbund Ihres Systems und nirgends sonst. Oder sehen Sie sich erst mit Demodaten aus dem eingebauten Simulator um.</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>API-Schlüssel eingeben …</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Mit Demodaten ausprobieren</translation>
    </message>
    <message>
        <source>Open my dataset</source>
        <translation>Meinen Datensatz öffnen</translation>
    </message>
    <message>
        <source>%1
Demo data works without a keychain.</source>
        <translation>%1
Demodaten funktionieren auch ohne Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>Gui::Workspace</name>
    <message>
        <source>No API key is stored. Enter one with Settings › API key.</source>
        <translation>Es ist kein API-Schlüssel gespeichert. Geben Sie einen unter Einstellungen › API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The stored API address %1 cannot be used: %2 Choose another in Settings › API key.</source>
        <translation>Die gespeicherte API-Adresse %1 kann nicht verwendet werden: %2 Wählen Sie unter Einstellungen › API-Schlüssel eine andere.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Your Fullstory org&apos;s settings, their history and your users in a local SQLite dataset.</source>
        <translation>Die Einstellungen Ihrer Fullstory-Organisation, ihre Geschichte und Ihre Benutzer in einem lokalen SQLite-Datensatz.</translation>
    </message>
    <message>
        <source>Start on demo data from the built-in simulator.</source>
        <translation>Mit Demodaten aus dem eingebauten Simulator starten.</translation>
    </message>
    <message>
        <source>Start on demo data unless an API key is stored.</source>
        <translation>Mit Demodaten starten, sofern kein API-Schlüssel gespeichert ist.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Core::ApiError</name>
    <message>
        <source>Fullstory said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected (HTTP 401): it is wrong, revoked, or belongs to another region. Check the key and the region in the API key settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key&apos;s level may not read %1 (HTTP 403). Use an Architect or Admin key for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory has no such resource: %1 (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory kept rate-limiting the requests to %1 (HTTP 429). Wait a minute, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory answered %1 with a server error (HTTP %2). Try again later; if it persists, check Fullstory&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory refused the request %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete the request %1: %2. Check the network connection and the region (base URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 got no answer for %2 s. Check the network connection and the region (base URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory&apos;s answer to %1 (HTTP %2) could not be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 did not finish within %2 s: the server kept the connection open but sent too slowly. Check the network connection, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 is larger than %2 MiB, the most Fullstory Desk reads as one page; it was not read. Nothing of this resource was stored. Tell Fullstory&apos;s support if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reading %1: %2. Nothing of this resource was stored; sync again later, and if it happens again, tell Fullstory&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ApiSettings</name>
    <message>
        <source>Enter the API&apos;s address, for example https://api.fullstory.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http would send the key unencrypted; use https (http is allowed only for 127.0.0.1, such as a local simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the API key is all Fullstory needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Fullstory API host (api.fullstory.com, api.eu1.fullstory.com): your API key will be sent there. Go on only if it is your own proxy or test server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::CapabilityProbe</name>
    <message>
        <source>Fullstory names this key&apos;s role “%1”, which has no documented access level. It is used as a Standard key: resources it may not read are refused by Fullstory and listed with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Catalog</name>
    <message>
        <source>Blocking settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeting settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeting settings history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user, by Fullstory id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user, by your app&apos;s uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user, legacy v1 by uid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ColumnFilter</name>
    <message>
        <source>“%1” needs a value after it, for example %1 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range needs both ends, for example 10..20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: text (contains), =text, &lt;&gt;text, &lt;5, &gt;=5, 10..20, NULL, NOT NULL, &quot;quoted text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DatasetCheck</name>
    <message>
        <source>%1 is damaged (%2). Nothing was changed. Restore it from a backup, or move it aside and sync again to start a new dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, so it is not a Fullstory Desk dataset. Nothing was changed. Choose another file, or move this one aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Fullstory Desk dataset: it holds other tables (%2) and none of the sync&apos;s own. Nothing was changed. Choose a new file or an existing dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Fullstory Desk (dataset format %2; this one reads up to %3). Nothing was changed. Update the app, or choose another dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the file or its folder is read-only. Nothing was changed. Make it writable, or choose a dataset in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DatasetLock</name>
    <message>
        <source>busy: a sync is already running (%1, pid %2, started at %3). Wait for it to finish, or stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: the dataset&apos;s folder is read-only or not yours to write. Nothing was changed. Make it writable, or choose a dataset in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DatasetReader</name>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DatasetWriter</name>
    <message>
        <source>%1 is not a usable Fullstory Desk dataset (%2). Move it aside and sync again, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 (%2). Check the folder&apos;s permissions and free space, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: free space and sync again; nothing was lost (the resource being loaded was rolled back, %1 is as it was before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read or write %1 (%2): the disk or the file system failed. Nothing was lost: the resource being loaded was rolled back. Check the disk and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync was stopped before it finished (killed, or the computer went down); the resource it was loading was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::DiffExport</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Exporter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::KeyLevel</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::KeychainStore</name>
    <message>
        <source>No API key is stored yet. Enter one in the API key settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring, allow Fullstory Desk to use it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection (%1). Unlock it (log in to the desktop session, or open your keyring manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove the API key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and try again; scripts can pass the key on standard input or in FULLSTORY_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::QueryRunner</name>
    <message>
        <source>a writing PRAGMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the schema (CREATE, DROP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after the time limit of %1 s. Narrow the query, or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 would change the dataset, and this pane only reads it. The dataset changes only through a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the query needed more than %1 MiB of memory, the most a query may use here. Narrow it (a LIMIT, fewer columns, no sort of a large result).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: a value would be larger than %1 MiB, the most one string or blob may be here. Narrow the query (substr(), a LIMIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the query needed more than %1 MiB of temporary disk space, the most a query may use here. Narrow it (a LIMIT, a WHERE, no sort of a large result).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::QueryStore</name>
    <message>
        <source>The query tabs could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query history is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query could not be added to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved query could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved queries could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ReadConnection</name>
    <message>
        <source>There is no dataset at %1 yet. Run a sync to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::ResourceFetcher</name>
    <message>
        <source>the server has sent %1 records, more than the %2 it says it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 points back to a page already read (its page tokens go round in a circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server still offers more after %1 pages, the most one resource may have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::SimulatorThread</name>
    <message>
        <source>The demo simulator could not start: %1. Try the sync again; if it keeps failing, restart Fullstory Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::SyncEngine</name>
    <message>
        <source>Opening the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attempted: the API key was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attempted: the dataset could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the API key: %1, trying again in %2 s (attempt %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::SyncPlan</name>
    <message>
        <source>not in the resource catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an %1 key or higher; this key is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a value for {%1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ApiKeyDialog</name>
    <message>
        <source>Fullstory API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key in Fullstory under Settings › Integrations › API Keys. An Architect or Admin key can read everything; a Standard key cannot read privacy settings or users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NA1 — api.fullstory.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU1 — api.eu1.fullstory.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key to replace the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: org %1, %2 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: org %1, %2 key of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can read all %1 resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can read %1 of %2 resources; not: %3 (they need a higher key level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored API key from the keychain? Your synced data stays; you need a key again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::BlameModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::BlameView</name>
    <message>
        <source>Filter fields, values, authors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a field to see the version that last changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history of this setting yet. Sync its history resource on the Sync tab, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) in the newest version</source>
        <translation>
            <numerusform>%Ln field in the newest version</numerusform>
            <numerusform>%Ln fields in the newest version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ChartDialog</name>
    <message>
        <source>Chart — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has no column of numbers to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) charted</source>
        <translation>
            <numerusform>%Ln row charted</numerusform>
            <numerusform>%Ln rows charted</numerusform>
        </translation>
    </message>
    <message>
        <source>; the result has more rows than are loaded (scroll the grid to load them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; bars show the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonExport</name>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::DiffModel</name>
    <message numerus="yes">
        <source>⋯ %Ln unchanged field(s) — show</source>
        <translation>
            <numerusform>⋯ %Ln unchanged field — show</numerusform>
            <numerusform>⋯ %Ln unchanged fields — show</numerusform>
        </translation>
    </message>
    <message>
        <source>Click, or press Enter, to show these fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::DiffView</name>
    <message>
        <source>These two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more field(s)</source>
        <translation>
            <numerusform>… and %Ln more field</numerusform>
            <numerusform>… and %Ln more fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ExportController</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) of %1…</source>
        <translation>
            <numerusform>Exporting %Ln row of %1…</numerusform>
            <numerusform>Exporting %Ln rows of %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::Format</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln byte(s) of binary data)</source>
        <translation>
            <numerusform>(%Ln byte of binary data)</numerusform>
            <numerusform>(%Ln bytes of binary data)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run fetched the first %1 rows; the result had more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::HistoryPane</name>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::IgnoreFieldsDialog</name>
    <message>
        <source>Ignore Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to these fields are left out of every comparison and count. One per line: a field name such as &lt;b&gt;note&lt;/b&gt; ignores it everywhere; a path such as &lt;b&gt;elementRuleGroups.*.note&lt;/b&gt; only there (&lt;b&gt;*&lt;/b&gt; matches any part of one step).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::JsonViewer</name>
    <message>
        <source>JSON — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at character %2); shown as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with &amp;full refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fullstory Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fullstory Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory Desk %1

Your Fullstory org&apos;s recording settings, their history and your users in a local SQLite dataset.

Dataset: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key saved in the keychain. Press Sync to fetch your org&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA (simulated org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Fullstory Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running. Cancel it and quit? Resources already synced are kept; the one in progress is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>Copied %Ln row.</numerusform>
            <numerusform>Copied %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key is stored in the keychain. Change or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored yet. Enter one to sync your org&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached, so no key can be stored or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a stored API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next part of the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious part of the pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::QueryTab</name>
    <message>
        <source>Nothing to run: type a query, for example SELECT * FROM users LIMIT 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in %1</source>
        <translation>
            <numerusform>%Ln row in %1</numerusform>
            <numerusform>%Ln rows in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>First %1 rows in %2; scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statements ran; the last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 of the script: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The open transaction ends with this result: the next run sees the latest sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ResourceModel</name>
    <message>
        <source>Needs an %1 key or higher; this key is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date (%1 stored versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing of it was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the sync stopped before its turn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::RunHistoryModel</name>
    <message>
        <source>%1, full refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retry(s), waited %1</source>
        <translation>
            <numerusform>%Ln retry, waited %1</numerusform>
            <numerusform>%Ln retries, waited %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln resource(s)</source>
        <translation>
            <numerusform>%1 of %Ln resource</numerusform>
            <numerusform>%1 of %Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::SchemaModel</name>
    <message>
        <source>System tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what each sync did, cursors and the schema log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1._dlt_parent_id → %2._dlt_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant column (the value changed type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1._dlt_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SchemaPane</name>
    <message>
        <source>Search tables and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema changes: what appeared in which sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SELECT statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query in the SQL pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in table browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SqlPane</name>
    <message>
        <source>New query tab (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries running longer are stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a query to open it in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename query tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a query to open it in a new tab; right-click to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example queries for this dataset; click one to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove saved query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a query that returns rows first; its whole result is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the query as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a query that returns rows first, then chart them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::StarterQueries</name>
    <message>
        <source>Who changed the privacy settings in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked IPs over time: how many each version of the blocking settings had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions per author, across every setting&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each sync did: resources, rows and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users by email domain: who your identified users work for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The properties your users carry, and where each one is stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::StoredWords</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new variant column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the overflow column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new column, renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>setting (platform)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SyncController</name>
    <message>
        <source>Starting the demo simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SyncPane</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full refresh (read every history page again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one resource to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync partly complete: %1 See the resources below for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled. Resources finished before the cancel are kept; the one in progress was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key for org %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data from the built-in Fullstory simulator. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored. Add one with Settings › API key to sync your org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 (checking its level…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 synced, %2 failed, %3 skipped; %4 written in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resource(s)</source>
        <translation>
            <numerusform>%Ln resource</numerusform>
            <numerusform>%Ln resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1: its level could not be checked. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TableGridModel</name>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TableListModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TablesPane</name>
    <message>
        <source>Show system tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The _sync_* tables: runs, per-resource results, cursors and the schema log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing synced yet. Press Sync (F9) to fetch the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>Copied %Ln row.</numerusform>
            <numerusform>Copied %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open JSON viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query in the SQL pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SELECT statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 × %3 (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;system tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::VersionBrowser</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this comparison as text or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ignoring %Ln field(s)…</source>
        <translation>
            <numerusform>Ignoring %Ln field…</numerusform>
            <numerusform>Ignoring %Ln fields…</numerusform>
        </translation>
    </message>
    <message>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history of this setting yet. Sync its history resource on the Sync tab, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is no longer in the dataset. Refresh (F5) to see the current history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version matches the author and period chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in this version but when and by whom it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in this version but when and by whom it was saved, apart from any fields you ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::WelcomePane</name>
    <message>
        <source>Welcome to Fullstory Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullstory Desk copies your org&apos;s recording settings, every earlier version of them, and your users into a local SQLite dataset you can browse and query.

To sync your org, store a Fullstory API key; it is kept in your system&apos;s keychain and nowhere else. Or look around first with demo data from the built-in simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Demo data works without a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::Workspace</name>
    <message>
        <source>No API key is stored. Enter one with Settings › API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored API address %1 cannot be used: %2 Choose another in Settings › API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Your Fullstory org&apos;s settings, their history and your users in a local SQLite dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on demo data from the built-in simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on demo data unless an API key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="69"/>
        <source>Edit account</source>
        <extracomment>the AccountInfo saved ok, message (after &quot;Test connection&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="69"/>
        <source>Connect an ATS account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="81"/>
        <source>ATS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="84"/>
        <source>&amp;ATS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="88"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="89"/>
        <source>e.g. Acme Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="90"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="99"/>
        <source>Sync only applications created in this app (and their candidates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="104"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="105"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="114"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="120"/>
        <source>Connection guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="167"/>
        <source>unchanged (kept in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="190"/>
        <source>Connecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="191"/>
        <source>You need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="192"/>
        <source>Creating the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="193"/>
        <source>Secret fields are stored in your system keyring, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="228"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="254"/>
        <source>Connection works: %1 accepted these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="263"/>
        <source>No answer within %1 seconds. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="286"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_dialog.py" line="290"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSyncWidget</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="29"/>
        <source>Sync progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="34"/>
        <source>Cancel this sync; the next one resumes where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="35"/>
        <source>Cancel sync of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="43"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="45"/>
        <source>%1: %2 · %3 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="56"/>
        <location filename="../../desktop/ui/views/sidebar.py" line="72"/>
        <source>Accounts</source>
        <extracomment>account ids to show, or None for all accounts account id, full</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="65"/>
        <source>Connect an ATS account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="66"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="94"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="116"/>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="118"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="121"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="125"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="157"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="161"/>
        <source>Full sync (re-read everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="165"/>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="169"/>
        <source>Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="172"/>
        <source>Remove account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/sidebar.py" line="184"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="154"/>
        <source>Record details</source>
        <extracomment>Columns not shown among the fields (bookkeeping, shown elsewhere, or too long for a field row). model, record id: a related record&apos;s link was followed job id: &quot;open pipeline&quot; was clicked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="158"/>
        <source>Fields and related records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="162"/>
        <location filename="../../desktop/ui/views/detail.py" line="173"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="164"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="164"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="164"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="164"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="166"/>
        <location filename="../../desktop/ui/views/detail.py" line="174"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="169"/>
        <location filename="../../desktop/ui/views/detail.py" line="175"/>
        <source>Vendor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="172"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="207"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="208"/>
        <source>Pick a record in a list, or search with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="220"/>
        <source>This record is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="229"/>
        <source>Deleted at the vendor on %1. Kept here for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="239"/>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="249"/>
        <source>The vendor sent no raw data for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="281"/>
        <source>Open pipeline →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="306"/>
        <source>Vendor id %1 · %2 · changed in the cache %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/detail.py" line="345"/>
        <source>No changes seen since this record was first synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <location filename="../../desktop/ui/labels.py" line="73"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <location filename="../../desktop/ui/labels.py" line="74"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <location filename="../../desktop/ui/labels.py" line="75"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <location filename="../../desktop/ui/labels.py" line="76"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <location filename="../../desktop/ui/labels.py" line="80"/>
        <source>Screening questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <location filename="../../desktop/ui/labels.py" line="62"/>
        <location filename="../../desktop/ui/labels.py" line="130"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <location filename="../../desktop/ui/labels.py" line="61"/>
        <location filename="../../desktop/ui/labels.py" line="131"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <location filename="../../desktop/ui/labels.py" line="132"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <source>Job posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <location filename="../../desktop/ui/labels.py" line="63"/>
        <location filename="../../desktop/ui/labels.py" line="129"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>Screening question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <location filename="../../desktop/ui/labels.py" line="91"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <location filename="../../desktop/ui/labels.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <location filename="../../desktop/ui/labels.py" line="109"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <location filename="../../desktop/ui/labels.py" line="113"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="55"/>
        <location filename="../../desktop/ui/labels.py" line="97"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="56"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="57"/>
        <location filename="../../desktop/ui/labels.py" line="94"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <location filename="../../desktop/ui/labels.py" line="95"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="59"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <location filename="../../desktop/ui/labels.py" line="126"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="65"/>
        <location filename="../../desktop/ui/labels.py" line="133"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="66"/>
        <location filename="../../desktop/ui/labels.py" line="135"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <source>Applications by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78"/>
        <source>Hiring team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="79"/>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="81"/>
        <location filename="../../desktop/ui/labels.py" line="117"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82"/>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83"/>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84"/>
        <source>Hiring team of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="92"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="93"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="96"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="98"/>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="99"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="100"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="101"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="102"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="103"/>
        <source>Job code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="104"/>
        <location filename="../../desktop/ui/labels.py" line="139"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="105"/>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="108"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110"/>
        <source>Public link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="112"/>
        <source>Experience level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="114"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="115"/>
        <source>Created at vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="116"/>
        <source>Updated at vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="118"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="119"/>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="120"/>
        <source>Remote work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121"/>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="122"/>
        <source>Salary from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="123"/>
        <source>Salary to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="124"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="125"/>
        <source>Salary period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="127"/>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="128"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="136"/>
        <source>Vendor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="137"/>
        <source>Changed in cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="138"/>
        <source>Deleted at vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="140"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="29"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="33"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="35"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="36"/>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="39"/>
        <source>&amp;Filter this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="43"/>
        <source>Show &amp;deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="58"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="61"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>Sync &amp;all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="78"/>
        <source>&amp;Full sync of all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="82"/>
        <source>&amp;Cancel all syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="85"/>
        <source>Sync &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="96"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98"/>
        <source>&amp;About Recruiter Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="122"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="124"/>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="126"/>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="127"/>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="107"/>
        <source>Starting the demo sandboxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>Record views</source>
        <extracomment>Tabs in order; &quot;pipeline&quot; is the per-job board, the others are record lists. the user asked to close; the app shuts down and then calls ``finish_close``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Welcome to Recruiter Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>Connect an ATS account once: everything is synced to this computer, searchable and readable offline.
To look around first, start the app with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>Saved %1; syncing it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>Remove %1? Its credentials and everything cached for it are deleted from this computer. Nothing changes in the ATS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>No accounts to sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="396"/>
        <source>The language changes the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="406"/>
        <source>Diagnostics copied to the clipboard (no passwords or tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="415"/>
        <source>About Recruiter Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417"/>
        <source>Recruiter Companion keeps your ATS accounts on this computer: synced, searchable and readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="155"/>
        <source>Job:</source>
        <extracomment>model (&quot;applications&quot;), record id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="161"/>
        <source>Job whose pipeline is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="174"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="178"/>
        <source>Pick a job above, or double-click a job in the Jobs list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="224"/>
        <source>No jobs here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="251"/>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="259"/>
        <source>%1 applications in %2 stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="51"/>
        <source>Filter %1… (Ctrl+F)</source>
        <extracomment>model, record id: the current row changed model, record id: a row was double-clicked or Enter pressed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="52"/>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="54"/>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="55"/>
        <source>Also list records the vendor no longer returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/record_list.py" line="58"/>
        <source>Number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/record_list.py" line="180"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="238"/>
        <source>Deleted at the vendor on %1</source>
        <extracomment>Loaded rows beyond which ``refresh`` only updates the count. Emitted after every (re)load with the number of rows in scope.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="263"/>
        <source>This list does not sort by this column (it would be slow on large lists).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="129"/>
        <source>Search candidates, jobs, applications, users in all accounts…</source>
        <extracomment>model, record id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="131"/>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="136"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="141"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="175"/>
        <location filename="../../desktop/ui/views/search_popup.py" line="203"/>
        <source>Type a name, e-mail, phone number, company or job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="195"/>
        <source>%1 best matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="197"/>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/search_popup.py" line="201"/>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message>
        <location filename="../../desktop/ui/views/pipeline.py" line="119"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="83"/>
        <source>Pending writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="87"/>
        <source>Network state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="95"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="95"/>
        <source>Demo mode: built-in sandboxes, nothing is real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="121"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="121"/>
        <source>No network: browsing the cache; syncs and writes wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="129"/>
        <source>%n pending write(s)</source>
        <translation>
            <numerusform>%n pending write</numerusform>
            <numerusform>%n pending writes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="130"/>
        <source>Changes waiting to be sent to the ATS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/status.py" line="132"/>
        <source>%n failed write(s)</source>
        <translation>
            <numerusform>%n failed write</numerusform>
            <numerusform>%n failed writes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status.py" line="133"/>
        <source>Changes the ATS refused: open them to fix and resend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="148"/>
        <source>%1 synced: %2 records read.</source>
        <extracomment>account id account id (read ``runs[account_id]`` for the figures) account id, ok, a one-line summary the cache has new data (throttled while syncing; once more at the end) Seconds between ``cacheChanged`` while a sync writes: views re-read at most this often.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="150"/>
        <source>%1: %2 of %3 parts failed; the rest is saved. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="157"/>
        <source>%1: sync cancelled; the next sync resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="75"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="77"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="81"/>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

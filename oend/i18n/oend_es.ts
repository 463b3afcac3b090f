<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="53"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <location filename="../ui/pages/kits.py" line="13"/>
        <source>Kits and inventory</source>
        <translation>Kits e inventario</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="16"/>
        <source>Kits handed out, refills and stock on hand</source>
        <translation>Kits entregados, reposiciones y existencias</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="19"/>
        <source>Kits and stock will be managed here</source>
        <translation>Aquí se gestionarán los kits y las existencias</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="22"/>
        <source>Hand out a new kit or a refill, with the lot picked from your site&apos;s stock.</source>
        <translation>Entregue un kit nuevo o una reposición, con el lote elegido de las existencias de su sitio.</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="26"/>
        <source>New kits and refills, with the reason for each refill</source>
        <translation>Kits nuevos y reposiciones, con el motivo de cada reposición</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="27"/>
        <source>Stock on hand per site and lot, soonest-expiring first</source>
        <translation>Existencias por sitio y lote, primero lo que vence antes</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="28"/>
        <source>Shipments received, transfers between sites, expired or damaged stock removed</source>
        <translation>Envíos recibidos, traslados entre sitios, retiro de existencias vencidas o dañadas</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="12"/>
        <source>Person at risk</source>
        <translation>Persona en riesgo</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="13"/>
        <source>Family or friend</source>
        <translation>Familiar o amistad</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>Service provider</source>
        <translation>Proveedor de servicios</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>Community member</source>
        <translation>Miembro de la comunidad</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>Leaving prison or jail</source>
        <translation>Saliendo de prisión o cárcel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>Trans</source>
        <translation>Trans</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>Not listed</source>
        <translation>No aparece en la lista</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="27"/>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="49"/>
        <location filename="../ui/main_window.py" line="83"/>
        <source>OEND tracker</source>
        <translation>Registro OEND</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="84"/>
        <source>Naloxone education and distribution</source>
        <translation>Educación y distribución de naloxona</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="93"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="95"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../ui/participant_dialog.py" line="42"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="46"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="66"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="67"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="68"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="69"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="70"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="71"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="72"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../ui/participant_dialog.py" line="73"/>
        <source>Home site</source>
        <translation>Sitio de referencia</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../forms/participant.ui" line="9"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="16"/>
        <source>Only the category is required. Leave the code empty and one is made in your program&apos;s scheme.</source>
        <translation>Solo la categoría es obligatoria. Deje el código vacío y se creará uno según el esquema de su programa.</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="32"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="41"/>
        <source>Made for you when left empty</source>
        <translation>Se crea solo si lo deja vacío</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="46"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="47"/>
        <source>Make a code from the details below, in your program&apos;s scheme</source>
        <translation>Crear un código con los datos de abajo, según el esquema de su programa</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="58"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="65"/>
        <location filename="../forms/participant.ui" line="80"/>
        <location filename="../forms/participant.ui" line="137"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="73"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="88"/>
        <source>&amp;Date of birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="96"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="106"/>
        <source>C&amp;ategory</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="118"/>
        <source>G&amp;ender</source>
        <translation>Gén&amp;ero</translation>
    </message>
    <message>
        <location filename="../forms/participant.ui" line="130"/>
        <source>&amp;ZIP code</source>
        <translation>Código &amp;postal</translation>
    </message>
</context>
<context>
    <name>ParticipantSearchModel</name>
    <message>
        <location filename="../ui/participant_model.py" line="90"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/participant_model.py" line="90"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/participant_model.py" line="90"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/participant_model.py" line="90"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../ui/pages/participants.py" line="33"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="35"/>
        <source>Enrol someone new (Ctrl+N)</source>
        <translation>Inscribir a alguien nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="40"/>
        <source>Search by code, name or date of birth (YYYY-MM-DD)  —  Ctrl+F</source>
        <translation>Buscar por código, nombre o fecha de nacimiento (AAAA-MM-DD)  —  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="85"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="88"/>
        <source>Everyone your program has trained or given naloxone</source>
        <translation>Todas las personas a quienes su programa capacitó o entregó naloxona</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="100"/>
        <source>No participant matches “%1”</source>
        <translation>Ningún participante coincide con «%1»</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="101"/>
        <source>Check the spelling, or press Ctrl+N to enrol someone new.</source>
        <translation>Revise la ortografía o pulse Ctrl+N para inscribir a alguien nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="103"/>
        <source>No participants yet</source>
        <translation>Todavía no hay participantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="104"/>
        <source>Press Ctrl+N to enrol the first person.</source>
        <translation>Pulse Ctrl+N para inscribir a la primera persona.</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="109"/>
        <source>Showing %1 so far — scroll for more</source>
        <translation>Se muestran %1 por ahora — desplácese para ver más</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="111"/>
        <source>Found: %1</source>
        <translation>Encontrados: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/pages/reports.py" line="13"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="16"/>
        <source>Quarterly figures, certificates and spreadsheets</source>
        <translation>Cifras trimestrales, certificados y hojas de cálculo</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="19"/>
        <source>Reports for funders and for your team will be made here</source>
        <translation>Aquí se prepararán los informes para los financiadores y para su equipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="22"/>
        <source>Choose a period and a report; it opens as a PDF or a spreadsheet.</source>
        <translation>Elija un período y un informe; se abre como PDF o como hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="26"/>
        <source>Kits and doses by quarter, product and site</source>
        <translation>Kits y dosis por trimestre, producto y sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="27"/>
        <source>People trained by category; reversals by outcome</source>
        <translation>Personas capacitadas por categoría; reversiones por resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="28"/>
        <source>Small counts suppressed for publication</source>
        <translation>Cifras pequeñas ocultas para la publicación</translation>
    </message>
</context>
<context>
    <name>ReversalsPage</name>
    <message>
        <location filename="../ui/pages/reversals.py" line="13"/>
        <source>Reversals</source>
        <translation>Reversiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="16"/>
        <source>Overdose responses reported by participants</source>
        <translation>Respuestas a sobredosis informadas por los participantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="19"/>
        <source>Reversal reports will be recorded here</source>
        <translation>Aquí se registrarán los informes de reversión</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="22"/>
        <source>Only the date is required: a report should never be a burden to the person giving it.</source>
        <translation>Solo la fecha es obligatoria: informar nunca debe ser una carga para quien lo hace.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="26"/>
        <source>Where and when, who gave naloxone, and how many doses</source>
        <translation>Dónde y cuándo, quién dio la naloxona y cuántas dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="27"/>
        <source>Whether 911 was called and how the person is doing</source>
        <translation>Si se llamó al 911 y cómo está la persona</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="28"/>
        <source>A replacement kit offered in one click</source>
        <translation>Un kit de reposición ofrecido con un clic</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings.py" line="31"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="34"/>
        <source>A new language takes effect the next time you open the app.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abra la aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="38"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="39"/>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="40"/>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="45"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="48"/>
        <source>Language and this computer&apos;s data</source>
        <translation>Idioma y datos de esta computadora</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="52"/>
        <source>Saved. Close and reopen the app to use the new language.</source>
        <translation>Guardado. Cierre y vuelva a abrir la aplicación para usar el nuevo idioma.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/pages/sync.py" line="10"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="13"/>
        <source>Share records with your program</source>
        <translation>Comparta los registros con su programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="16"/>
        <source>Synchronisation will be set up here</source>
        <translation>Aquí se configurará la sincronización</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="19"/>
        <source>Work offline as long as you need; send and receive changes when you are back online.</source>
        <translation>Trabaje sin conexión el tiempo que necesite; envíe y reciba los cambios cuando vuelva a estar en línea.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="23"/>
        <source>Exchange with the program&apos;s central server</source>
        <translation>Intercambio con el servidor central del programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="24"/>
        <source>Or carry a sync file between laptops</source>
        <translation>O lleve un archivo de sincronización entre computadoras</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="25"/>
        <source>The date of the last exchange and what it brought</source>
        <translation>La fecha del último intercambio y lo que trajo</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ui/pages/today.py" line="13"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="16"/>
        <source>Your site at a glance</source>
        <translation>Su sitio de un vistazo</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="19"/>
        <source>The dashboard for your site will appear here</source>
        <translation>Aquí aparecerá el panel de su sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="22"/>
        <source>Once trainings, kits and reversals are recorded, this page sums up the chosen period.</source>
        <translation>Cuando se registren capacitaciones, kits y reversiones, esta página resumirá el período elegido.</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="26"/>
        <source>People trained, and kits handed out (new and refills)</source>
        <translation>Personas capacitadas y kits entregados (nuevos y reposiciones)</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="27"/>
        <source>Overdose reversals reported</source>
        <translation>Reversiones de sobredosis informadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="28"/>
        <source>Stock running low and lots expiring within 90 days</source>
        <translation>Existencias bajas y lotes que vencen en los próximos 90 días</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="29"/>
        <source>Participants whose kit has expired or was used and not yet replaced</source>
        <translation>Participantes cuyo kit venció o se usó y aún no se repuso</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../ui/pages/trainings.py" line="13"/>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="16"/>
        <source>Sessions, topics covered and attendance</source>
        <translation>Sesiones, temas tratados y asistencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="19"/>
        <source>Training sessions will be recorded here</source>
        <translation>Aquí se registrarán las sesiones de capacitación</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="22"/>
        <source>Record a one-to-one talk, a group session or a pre-release class in a few steps.</source>
        <translation>Registre una charla individual, una sesión grupal o una clase previa a la liberación en pocos pasos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="26"/>
        <source>Date, site, trainer and format of each session</source>
        <translation>Fecha, sitio, capacitador y formato de cada sesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="27"/>
        <source>The curriculum topics covered, ticked off</source>
        <translation>Los temas del programa tratados, marcados</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="28"/>
        <source>Attendees: existing participants, new enrolments or a pasted roster</source>
        <translation>Asistentes: participantes existentes, nuevas inscripciones o una lista pegada</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="29"/>
        <source>Kits handed to attendees from the same screen</source>
        <translation>Kits entregados a los asistentes desde la misma pantalla</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../ui/main_window.py" line="117"/>
        <location filename="../ui/pages/administration.py" line="146"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="135"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="136"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="137"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="138"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="139"/>
        <source>Curriculum topics</source>
        <translation>Temas de capacitación</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="140"/>
        <source>Program settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="149"/>
        <source>Your program&apos;s sites, partners, providers, products, training topics and settings</source>
        <translation>Los sitios, socios, proveedores, productos, temas de capacitación y la configuración de su programa</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="91"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>AttendeePanel</name>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="74"/>
        <location filename="../ui/widgets/attendee_panel.py" line="177"/>
        <source>Choose a session</source>
        <translation>Elija una sesión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="79"/>
        <source>Participant code, then Enter</source>
        <translation>Código del participante y Enter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="82"/>
        <source>Knowledge check before the session (0-100)</source>
        <translation>Evaluación de conocimientos antes de la sesión (0-100)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="83"/>
        <source>Knowledge check after the session (0-100)</source>
        <translation>Evaluación de conocimientos después de la sesión (0-100)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="84"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="86"/>
        <source>Enrol new…</source>
        <translation>Inscribir…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="86"/>
        <source>Enrol someone and add them</source>
        <translation>Inscribir a alguien y agregarlo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="88"/>
        <source>Paste roster…</source>
        <translation>Pegar lista…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="88"/>
        <source>Add a list of codes at once</source>
        <translation>Agregar una lista de códigos de una vez</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="91"/>
        <source>Import file…</source>
        <translation>Importar archivo…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="91"/>
        <source>Add a class from a spreadsheet or CSV roster</source>
        <translation>Agregar una clase desde una hoja de cálculo o lista CSV</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="95"/>
        <location filename="../ui/widgets/attendee_panel.py" line="149"/>
        <source>Before</source>
        <translation>Pre</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="97"/>
        <location filename="../ui/widgets/attendee_panel.py" line="150"/>
        <source>After</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="121"/>
        <source>Give kit</source>
        <translation>Entregar kit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="121"/>
        <source>One kit to the selected person</source>
        <translation>Un kit para la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="123"/>
        <source>Kit to everyone</source>
        <translation>Kit para todos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="123"/>
        <source>One kit to each without one</source>
        <translation>Un kit para cada persona que no tenga</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="125"/>
        <source>Kits:</source>
        <translation>Kits:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="130"/>
        <source>Certificates…</source>
        <translation>Certificados…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="130"/>
        <source>Print the class&apos;s certificates into one PDF</source>
        <translation>Imprimir los certificados de la clase en un PDF</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="135"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="135"/>
        <source>Take someone entered by mistake off the list</source>
        <translation>Quitar de la lista a alguien anotado por error</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="147"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="148"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="152"/>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="153"/>
        <source>%1 given</source>
        <translation>Sí (%1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="153"/>
        <source>not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="225"/>
        <source>No participant has the code: %1</source>
        <translation>Ningún participante tiene el código: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="261"/>
        <source>Paste roster</source>
        <translation>Pegar lista</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="311"/>
        <source>%1&apos;s attendance</source>
        <translation>la asistencia de %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="259"/>
        <source>Participant codes, one per line (or separated by commas):</source>
        <translation>Códigos de participante, uno por línea (o separados por comas):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="290"/>
        <location filename="../ui/widgets/attendee_panel.py" line="306"/>
        <source>Select a person first.</source>
        <translation>Primero seleccione a una persona.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attendee_panel.py" line="297"/>
        <source>Everyone here has a kit.</source>
        <translation>Todas las personas aquí tienen un kit.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../ui/models/audit.py" line="46"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="46"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="46"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="46"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="46"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/pages/audit.py" line="56"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="81"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="87"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="88"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="89"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="90"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="127"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <location filename="../ui/pages/audit.py" line="133"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="52"/>
        <source>Check the trail</source>
        <translation>Comprobar el registro</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="53"/>
        <source>Verify that no event was changed, removed or added outside the app</source>
        <translation>Verificar que ningún evento se cambió, quitó ni añadió fuera de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="61"/>
        <source>The check could not run: %1</source>
        <translation>No se pudo hacer la revisión: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="63"/>
        <source>The check was stopped.</source>
        <translation>La comprobación se detuvo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="114"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="136"/>
        <source>Who signed in, viewed, changed or exported what, and when</source>
        <translation>Quién inició sesión, consultó, modificó o exportó qué, y cuándo</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="156"/>
        <source>No events match these filters.</source>
        <translation>Ningún evento coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="159"/>
        <source>%1 events — showing the newest %2, scroll for more</source>
        <translation>%1 eventos — se muestran los %2 más recientes, desplácese para ver más</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="164"/>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="182"/>
        <source>Checking the trail…</source>
        <translation>Comprobando el registro…</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="189"/>
        <source>The trail is whole: its %1 events follow one another as written, and every checkpoint holds.</source>
        <translation>El registro está íntegro: sus %1 eventos se siguen tal como se escribieron y todos los puntos de control se cumplen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="194"/>
        <source>The trail was changed outside the app. The first event that does not hold:</source>
        <translation>El registro se cambió fuera de la aplicación. El primer evento que no concuerda:</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="205"/>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="205"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="220"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="226"/>
        <source>Exported %1 events to %2</source>
        <translation>Se exportaron %1 eventos a %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../ui/text/audit_text.py" line="42"/>
        <location filename="../ui/text/audit_text.py" line="95"/>
        <source>Participant</source>
        <extracomment>Bookkeeping every synced row carries: not news to the person reading the trail.</extracomment>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="43"/>
        <location filename="../ui/text/audit_text.py" line="91"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="44"/>
        <location filename="../ui/text/audit_text.py" line="97"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="45"/>
        <location filename="../ui/text/audit_text.py" line="98"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="46"/>
        <location filename="../ui/text/audit_text.py" line="105"/>
        <location filename="../ui/text/audit_text.py" line="106"/>
        <source>Training session</source>
        <translation>Sesión de capacitación</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="47"/>
        <source>Kit handed out</source>
        <translation>Kit entregado</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="48"/>
        <location filename="../ui/text/audit_text.py" line="107"/>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="49"/>
        <source>Stock movement</source>
        <translation>Movimiento de inventario</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="50"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="51"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="52"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="53"/>
        <source>Curriculum topic</source>
        <translation>Tema de capacitación</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="54"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="55"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="56"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="57"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="58"/>
        <source>Program partner</source>
        <translation>Socio del programa</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="59"/>
        <source>Care provider</source>
        <translation>Proveedor de atención</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="63"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="64"/>
        <location filename="../ui/text/audit_text.py" line="67"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="65"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="66"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="68"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="69"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="70"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="71"/>
        <source>Deleted</source>
        <translation>Eliminó</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="72"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="73"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="74"/>
        <location filename="../ui/text/audit_text.py" line="129"/>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="75"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="76"/>
        <location filename="../ui/text/audit_text.py" line="130"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="77"/>
        <location filename="../ui/text/audit_text.py" line="131"/>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="78"/>
        <location filename="../ui/text/audit_text.py" line="132"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="79"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="80"/>
        <source>Residence</source>
        <translation>Residencia</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="81"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="82"/>
        <source>Substances</source>
        <translation>Sustancias</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="83"/>
        <source>Has witnessed an overdose</source>
        <translation>Ha presenciado una sobredosis</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="84"/>
        <source>Has had an overdose</source>
        <translation>Ha tenido una sobredosis</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="85"/>
        <source>Home site</source>
        <translation>Sitio principal</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="86"/>
        <source>Expected release</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="87"/>
        <source>Released on</source>
        <translation>Salió el</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="88"/>
        <source>Merged into</source>
        <translation>Fusionado con</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="89"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="90"/>
        <location filename="../ui/text/audit_text.py" line="115"/>
        <location filename="../ui/text/audit_text.py" line="119"/>
        <location filename="../ui/text/audit_text.py" line="124"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="92"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="93"/>
        <source>From site</source>
        <translation>Sitio de origen</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="94"/>
        <source>To site</source>
        <translation>Sitio de destino</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="96"/>
        <source>Anonymous recipient</source>
        <translation>Destinatario anónimo</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="99"/>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="100"/>
        <source>Supply</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="101"/>
        <source>Refill reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="102"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="103"/>
        <source>Supply source</source>
        <translation>Origen de la entrega</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="104"/>
        <source>Handed out by</source>
        <translation>Entregado por</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="108"/>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="109"/>
        <source>Formulation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="110"/>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="111"/>
        <source>Doses per kit</source>
        <translation>Dosis por kit</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="112"/>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="113"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="114"/>
        <source>Recalled</source>
        <translation>Retirado del mercado</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="116"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="117"/>
        <source>Write-off reason</source>
        <translation>Motivo de baja</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="118"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="120"/>
        <location filename="../ui/text/audit_text.py" line="121"/>
        <source>Trainer</source>
        <translation>Capacitador</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="122"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="123"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="125"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="126"/>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="127"/>
        <source>Setting</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="128"/>
        <source>Who gave naloxone</source>
        <translation>Quién dio la naloxona</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="133"/>
        <source>Fentanyl suspected</source>
        <translation>Se sospecha fentanilo</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="134"/>
        <source>Conscious before naloxone</source>
        <translation>Consciente antes de la naloxona</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="135"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="136"/>
        <source>Rescue breathing</source>
        <translation>Respiración de rescate</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="137"/>
        <source>Stayed with the person</source>
        <translation>Se quedó con la persona</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="138"/>
        <source>Called 911</source>
        <translation>Llamó al 911</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="139"/>
        <source>EMS arrived</source>
        <translation>Llegaron los servicios de emergencia</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="140"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="141"/>
        <source>Transported</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="142"/>
        <source>Linked to care</source>
        <translation>Derivado a atención</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="143"/>
        <source>Replacement offered</source>
        <translation>Se ofreció reposición</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="144"/>
        <source>Default site</source>
        <translation>Sitio predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="145"/>
        <source>Score before</source>
        <translation>Puntuación antes</translation>
    </message>
    <message>
        <location filename="../ui/text/audit_text.py" line="146"/>
        <source>Score after</source>
        <translation>Puntuación después</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../ui/widgets/bar_chart.py" line="56"/>
        <source>Nothing recorded in this period</source>
        <translation>Nada registrado en este período</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="226"/>
        <source>Verify a certificate</source>
        <translation>Verificar un certificado</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="229"/>
        <source>Code, e.g. 7KQ4-MZ2H</source>
        <translation>Código, p. ej. 7KQ4-MZ2H</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="231"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="252"/>
        <source>✗ No certificate with the code %1 was issued by this program.</source>
        <translation>✗ Este programa no ha emitido ningún certificado con el código %1.</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="255"/>
        <source>✓ Issued by this program: %1, trained on %2 at %3.</source>
        <translation>✓ Emitido por este programa: %1, capacitado el %2 en %3.</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="261"/>
        <source>Trainer: %1.</source>
        <translation>Capacitador: %1.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../ui/outputs/certificates.py" line="40"/>
        <source>The certificates were not printed.</source>
        <translation>Los certificados no se imprimieron.</translation>
    </message>
    <message>
        <location filename="../ui/outputs/certificates.py" line="60"/>
        <source>Printing certificates…</source>
        <translation>Imprimiendo certificados…</translation>
    </message>
    <message>
        <location filename="../ui/outputs/certificates.py" line="68"/>
        <source>The certificates are ready to print.</source>
        <translation>Los certificados están listos para imprimir.</translation>
    </message>
    <message>
        <location filename="../ui/outputs/certificates.py" line="80"/>
        <source>Save certificates</source>
        <translation>Guardar certificados</translation>
    </message>
</context>
<context>
    <name>CommonProductsForm</name>
    <message>
        <location filename="../../forms/common_products.ui" line="14"/>
        <source>Add common products</source>
        <translation>Agregar productos comunes</translation>
    </message>
    <message>
        <location filename="../../forms/common_products.ui" line="23"/>
        <source>Tick the products your program hands out. Their doses per kit follow from the formulation; you can edit names and strengths afterwards.</source>
        <translation>Marque los productos que entrega su programa. Las dosis por kit se deducen de la presentación; puede editar los nombres y las concentraciones después.</translation>
    </message>
    <message>
        <location filename="../../forms/common_products.ui" line="40"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../ui/crash.py" line="76"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="77"/>
        <source>Something went wrong that OEND did not expect. What was under way was not saved.</source>
        <translation>Ocurrió algo que OEND no esperaba. Lo que estaba en curso no se guardó.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="79"/>
        <source>What happened: %1

The details are in the log file %2. Please send it to whoever supports OEND.</source>
        <translation>Qué pasó: %1
Los detalles están en el archivo de registro %2. Envíelo a quien dé soporte a OEND.</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="83"/>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
</context>
<context>
    <name>DamagedScreen</name>
    <message>
        <location filename="../ui/session/damaged.py" line="42"/>
        <source>Your records need attention</source>
        <translation>Sus registros necesitan atención</translation>
    </message>
    <message>
        <location filename="../ui/session/damaged.py" line="48"/>
        <source>A routine check found that the database file on this computer is damaged. This can happen when a laptop loses power while saving. Nothing has been deleted.</source>
        <translation>Una revisión de rutina encontró que el archivo de la base de datos en esta computadora está dañado. Puede ocurrir cuando una laptop se queda sin energía mientras guarda. No se ha borrado nada.</translation>
    </message>
    <message>
        <location filename="../ui/session/damaged.py" line="66"/>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <location filename="../ui/session/damaged.py" line="74"/>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/session/damaged.py" line="77"/>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/session/damaged.py" line="91"/>
        <source>No sound backup was found. Please contact your program&apos;s administrator or IT support.</source>
        <translation>No se encontró ninguna copia de seguridad en buen estado. Comuníquese con el administrador de su programa o con soporte técnico.</translation>
    </message>
    <message>
        <location filename="../ui/session/damaged.py" line="94"/>
        <source>A sound backup from %1 exists. Ask an administrator to sign in and restore it.</source>
        <translation>Existe una copia de seguridad en buen estado del %1. Pida a un administrador que inicie sesión y la restaure.</translation>
    </message>
    <message>
        <location filename="../ui/session/damaged.py" line="98"/>
        <source>The latest sound backup is from %1. Restoring it brings back everything saved up to then; the damaged file is kept aside.</source>
        <translation>La copia de seguridad en buen estado más reciente es del %1. Al restaurarla vuelve todo lo guardado hasta entonces; el archivo dañado se guarda aparte.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../ui/widgets/date_field.py" line="86"/>
        <source>Choose on a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="107"/>
        <source>dd/mm/yyyy</source>
        <extracomment>Set in the .ui file: an empty field means &quot;not given&quot; rather than a date still to type.</extracomment>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="107"/>
        <source>mm/dd/yyyy</source>
        <translation>mm/dd/aaaa</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="108"/>
        <source>Not given (%1)</source>
        <translation>No indicada (%1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="109"/>
        <source>Type %1 or yyyy-mm-dd</source>
        <translation>Escriba %1 o aaaa-mm-dd</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="132"/>
        <source>not a date; type e.g. %1</source>
        <translation>no es una fecha; escriba p. ej. %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="136"/>
        <source>cannot be in the future</source>
        <translation>no puede ser una fecha futura</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="138"/>
        <source>cannot be after %1</source>
        <translation>no puede ser posterior al %1</translation>
    </message>
</context>
<context>
    <name>DefaultSiteDialog</name>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="144"/>
        <source>No default site</source>
        <translation>Sin sitio predeterminado</translation>
    </message>
</context>
<context>
    <name>DefaultSiteForm</name>
    <message>
        <location filename="../../forms/default_site.ui" line="14"/>
        <source>Default site</source>
        <translation>Sitio predeterminado</translation>
    </message>
    <message>
        <location filename="../../forms/default_site.ui" line="23"/>
        <source>The site a user&apos;s forms start on. They can still choose another site they work at.</source>
        <translation>El sitio con el que empiezan los formularios de un usuario. Aún puede elegir otro sitio donde trabaje.</translation>
    </message>
    <message>
        <location filename="../../forms/default_site.ui" line="48"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../../forms/default_site.ui" line="68"/>
        <source>&amp;Site</source>
        <translation>&amp;Sitio</translation>
    </message>
</context>
<context>
    <name>DispenseDialog</name>
    <message>
        <location filename="../ui/dialogs/stock.py" line="137"/>
        <source>Any product in stock</source>
        <translation>Cualquier producto en inventario</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="85"/>
        <source>No — a participant (code above)</source>
        <translation>No — un participante (código arriba)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="87"/>
        <source>Not a refill</source>
        <translation>No es reposición</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="105"/>
        <source>Edit a hand-out</source>
        <translation>Corregir una entrega</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="125"/>
        <source>The product handed out</source>
        <translation>El producto entregado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="128"/>
        <source>The lot handed out</source>
        <translation>El lote entregado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="176"/>
        <source>Training session</source>
        <translation>Sesión de capacitación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="176"/>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
</context>
<context>
    <name>DispenseForm</name>
    <message>
        <location filename="../../forms/dispense.ui" line="14"/>
        <source>Hand out a kit</source>
        <translation>Entregar un kit</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="23"/>
        <source>Give the participant&apos;s code, or choose a category to hand the kit over anonymously. The lot that expires first is chosen for you.</source>
        <translation>Escriba el código del participante o elija una categoría para entregar el kit de forma anónima. La aplicación elige el lote que vence primero.</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="48"/>
        <source>&amp;Site</source>
        <translation>&amp;Sitio</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="68"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="89"/>
        <source>&amp;Participant</source>
        <translation>&amp;Participante</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="102"/>
        <source>Code, e.g. MALO1985F — or leave empty</source>
        <translation>Código, p. ej. MALO1985F — o déjelo vacío</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="116"/>
        <source>Anon&amp;ymous</source>
        <translation>Anón&amp;imo</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="136"/>
        <source>P&amp;roduct</source>
        <translation>P&amp;roducto</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="156"/>
        <source>&amp;Lot</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="176"/>
        <source>&amp;Kits</source>
        <translation>&amp;Kits</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="203"/>
        <source>Suppl&amp;y</source>
        <translation>&amp;Entrega</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="223"/>
        <source>Re&amp;fill reason</source>
        <translation>&amp;Motivo de reposición</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="243"/>
        <source>Reason &amp;note</source>
        <translation>N&amp;ota del motivo</translation>
    </message>
    <message>
        <location filename="../../forms/dispense.ui" line="256"/>
        <source>Needed for &apos;other&apos;, or more than 2 kits</source>
        <translation>Obligatoria para «otro» o más de 2 kits</translation>
    </message>
</context>
<context>
    <name>Durability</name>
    <message>
        <location filename="../ui/session/durability.py" line="54"/>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/durability.py" line="89"/>
        <source>The check could not run: %1</source>
        <translation>No se pudo hacer la revisión: %1</translation>
    </message>
</context>
<context>
    <name>EnrolLaptopDialog</name>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="54"/>
        <location filename="../ui/dialogs/enrol_laptop.py" line="69"/>
        <source>Enrol a laptop</source>
        <translation>Inscribir un portátil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="72"/>
        <source>Tick the accounts that may sign in on the new laptop. Each signs in there with the password they have here.</source>
        <translation>Marque las cuentas que podrán iniciar sesión en el nuevo portátil. Cada una inicia sesión allí con la contraseña que tiene aquí.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="88"/>
        <source>Save the enrolment &amp;file as</source>
        <translation>Guardar el &amp;archivo de inscripción como</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="93"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="107"/>
        <source>Write the file</source>
        <translation>Escribir el archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="117"/>
        <source>Enrolment file</source>
        <translation>Archivo de inscripción</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="119"/>
        <source>Enrolment files (*.{suffix})</source>
        <translation>Archivos de inscripción (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="150"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="158"/>
        <source>The enrolment file for %1 is saved as %2.</source>
        <translation>El archivo de inscripción para %1 se guardó como %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="189"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="199"/>
        <source>&lt;b&gt;Tell this passphrase to the worker in person.&lt;/b&gt; Never write it down with the file or send it the same way: anyone holding both could open the program&apos;s records. It is not shown again.</source>
        <translation>&lt;b&gt;Dígale esta frase de paso al trabajador en persona.&lt;/b&gt; Nunca la anote junto al archivo ni la envíe por el mismo medio: quien tenga ambos podría abrir los registros del programa. No se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/enrol_laptop.py" line="210"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../ui/outputs/export.py" line="41"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="42"/>
        <source>Training sessions</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="43"/>
        <source>Kits dispensed</source>
        <translation>Kits entregados</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="44"/>
        <source>Reversals reported</source>
        <translation>Reversiones notificadas</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="45"/>
        <source>Stock movements</source>
        <translation>Movimientos de inventario</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="61"/>
        <source>The export was not saved.</source>
        <translation>La exportación no se guardó.</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="73"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="99"/>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="106"/>
        <source>Rows exported: %1.</source>
        <translation>Filas exportadas: %1.</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="116"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/outputs/export.py" line="120"/>
        <source>Save this list, as filtered, to an Excel or CSV file</source>
        <translation>Guardar esta lista, con sus filtros, en un archivo Excel o CSV</translation>
    </message>
</context>
<context>
    <name>FigureList</name>
    <message>
        <location filename="../ui/dialogs/figure_list.py" line="53"/>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/figure_list.py" line="70"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/figure_list.py" line="81"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/figure_list.py" line="84"/>
        <source>The list is saved.</source>
        <translation>La lista está guardada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/figure_list.py" line="94"/>
        <source>The list was not saved.</source>
        <translation>La lista no se guardó.</translation>
    </message>
</context>
<context>
    <name>FirstSiteForm</name>
    <message>
        <location filename="../../forms/first_site.ui" line="14"/>
        <source>Your first site</source>
        <translation>Su primer sitio</translation>
    </message>
    <message>
        <location filename="../../forms/first_site.ui" line="23"/>
        <source>Where will you hand out kits first? You can add more sites, partners and products later under Administration.</source>
        <translation>¿Dónde entregará kits primero? Puede agregar más sitios, socios y productos después en Administración.</translation>
    </message>
    <message>
        <location filename="../../forms/first_site.ui" line="48"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../../forms/first_site.ui" line="61"/>
        <source>e.g. VAN1</source>
        <translation>p. ej. VAN1</translation>
    </message>
    <message>
        <location filename="../../forms/first_site.ui" line="75"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../forms/first_site.ui" line="88"/>
        <source>e.g. Eastside outreach van</source>
        <translation>p. ej. Camioneta de alcance del este</translation>
    </message>
    <message>
        <location filename="../../forms/first_site.ui" line="102"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../forms/first_site.ui" line="124"/>
        <source>Products you hand out</source>
        <translation>Productos que entrega</translation>
    </message>
</context>
<context>
    <name>FirstSiteStep</name>
    <message>
        <location filename="../ui/session/first_site.py" line="48"/>
        <source>Choose…</source>
        <extracomment>Ticked to start with: the product most programs hand out.</extracomment>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/session/first_site.py" line="53"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../ui/session/first_site.py" line="54"/>
        <source>Add sites and products later under Administration</source>
        <translation>Agregue sitios y productos más tarde en Administración</translation>
    </message>
    <message>
        <location filename="../ui/session/first_site.py" line="56"/>
        <source>Save and start</source>
        <translation>Guardar y empezar</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/dialogs/referral.py" line="121"/>
        <source>someone not enrolled</source>
        <translation>alguien no inscrito</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral.py" line="123"/>
        <source>Follow-up of %1, due %2</source>
        <translation>Seguimiento de %1, para el %2</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../forms/follow_up.ui" line="14"/>
        <source>Record a follow-up</source>
        <translation>Registrar un seguimiento</translation>
    </message>
    <message>
        <location filename="../../forms/follow_up.ui" line="38"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../forms/follow_up.ui" line="59"/>
        <source>&amp;Contact made</source>
        <translation>Se logró el &amp;contacto</translation>
    </message>
    <message>
        <location filename="../../forms/follow_up.ui" line="73"/>
        <source>C&amp;onnected with the service</source>
        <translation>Se &amp;vinculó con el servicio</translation>
    </message>
    <message>
        <location filename="../../forms/follow_up.ui" line="87"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../forms/follow_up.ui" line="100"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../ui/dialogs/follow_up_list.py" line="33"/>
        <source>Record follow-up…</source>
        <translation>Registrar seguimiento…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/follow_up_list.py" line="42"/>
        <source>Due</source>
        <translation>Para el</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/follow_up_list.py" line="42"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/follow_up_list.py" line="42"/>
        <source>After</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/follow_up_list.py" line="42"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/follow_up_list.py" line="48"/>
        <source>not enrolled</source>
        <translation>no inscrito</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/follow_up_list.py" line="49"/>
        <source>Release</source>
        <translation>Excarcelación</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../ui/dialogs/form_dialog.py" line="101"/>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/form_dialog.py" line="102"/>
        <source>Reload the form with the record as it is now? What you typed here will be replaced.</source>
        <translation>¿Volver a cargar el formulario con el registro tal como está ahora? Lo que escribió aquí se reemplazará.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/form_dialog.py" line="106"/>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/form_dialog.py" line="107"/>
        <source>Keep what I typed</source>
        <translation>Conservar lo que escribí</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/help_menu.py" line="42"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="43"/>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="44"/>
        <location filename="../ui/help_menu.py" line="68"/>
        <source>About OEND tracker</source>
        <translation>Acerca de OEND tracker</translation>
    </message>
    <message>
        <location filename="../ui/help_menu.py" line="50"/>
        <source>OEND tracker %1

Data folder: %2
Log folder: %3

Python %4, Qt for Python %5. Licence: GPL 3.0 or later.</source>
        <translation>OEND tracker %1

Carpeta de datos: %2
Carpeta de registros: %3

Python %4, Qt for Python %5. Licencia: GPL 3.0 o posterior.</translation>
    </message>
</context>
<context>
    <name>JoinStep</name>
    <message>
        <location filename="../ui/session/join_step.py" line="43"/>
        <source>Join a program</source>
        <translation>Unirse a un programa</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="65"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="72"/>
        <source>From an enrolment &amp;file</source>
        <translation>Desde un &amp;archivo de inscripción</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="73"/>
        <source>From the program&apos;s &amp;server</source>
        <translation>Desde el &amp;servidor del programa</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="82"/>
        <source>for example: %1</source>
        <translation>por ejemplo: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="85"/>
        <source>for example: ABCD-EFGH-JKLM-NPQR-STUV</source>
        <translation>por ejemplo: ABCD-EFGH-JKLM-NPQR-STUV</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="90"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de paso</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="104"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="105"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="86"/>
        <location filename="../ui/session/join_step.py" line="122"/>
        <source>Enrolment file</source>
        <translation>Archivo de inscripción</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="47"/>
        <source>Your coordinator gave you an enrolment file, or left it on the program&apos;s server, and told you its passphrase. This laptop will keep its own encrypted copy of the program&apos;s records, and you sign in with the password you already have.</source>
        <translation>Su coordinador le dio un archivo de inscripción, o lo dejó en el servidor del programa, y le dijo su frase de paso. Este portátil guardará su propia copia cifrada de los registros del programa, y usted inicia sesión con la contraseña que ya tiene.</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="83"/>
        <source>The program&apos;s server address, from your coordinator</source>
        <translation>La dirección del servidor del programa, que le da su coordinador</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="88"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../ui/session/join_step.py" line="122"/>
        <source>Enrolment files (*.{suffix})</source>
        <translation>Archivos de inscripción (*.{suffix})</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <location filename="../ui/pages/kits.py" line="46"/>
        <location filename="../ui/pages/kits.py" line="56"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="47"/>
        <location filename="../ui/pages/kits.py" line="65"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="48"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="49"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="50"/>
        <source>On hand</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="55"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="58"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="61"/>
        <source>Anonymous · %1</source>
        <translation>Anónimo · %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="66"/>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="67"/>
        <source>Supply</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="69"/>
        <source>Refill reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="78"/>
        <source>Hand out a kit</source>
        <translation>Entregar un kit</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="78"/>
        <source>A new kit or a refill (Ctrl+N)</source>
        <translation>Un kit nuevo o una reposición (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="80"/>
        <source>Receive shipment</source>
        <translation>Recibir envío</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="81"/>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="81"/>
        <source>Move kits to another site</source>
        <translation>Mover kits a otro sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="82"/>
        <source>Write off</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="82"/>
        <source>Remove expired or damaged kits</source>
        <translation>Retirar kits vencidos o dañados</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="105"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="105"/>
        <source>Correct the hand-out chosen</source>
        <translation>Corregir la entrega elegida</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="107"/>
        <source>Void…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="107"/>
        <source>Void a hand-out entered by mistake</source>
        <translation>Anular una entrega registrada por error</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="110"/>
        <source>Refer…</source>
        <translation>Derivar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="110"/>
        <source>Refer the person given kits to a service</source>
        <translation>Derivar a un servicio a la persona que recibió los kits</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="118"/>
        <source>Stock on hand</source>
        <translation>Inventario disponible</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="122"/>
        <source>Kits handed out</source>
        <translation>Kits entregados</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="124"/>
        <source>Stock movements</source>
        <translation>Movimientos de inventario</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="201"/>
        <source>the hand-out of %1 kit(s) on %2</source>
        <translation>la entrega de %1 kit(s) del %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109"/>
        <location filename="../ui/pages/kits.py" line="146"/>
        <source>Kits and inventory</source>
        <translation>Kits e inventario</translation>
    </message>
    <message>
        <location filename="../ui/pages/kits.py" line="149"/>
        <source>Stock on hand per site and lot; amber lots expire within 90 days</source>
        <translation>Inventario por sitio y lote; los lotes en ámbar vencen en 90 días o menos</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/text/label_texts.py" line="30"/>
        <source>Community member</source>
        <translation>Miembro de la comunidad</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="9"/>
        <source>Outreach</source>
        <translation>Alcance comunitario</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="10"/>
        <source>Fixed site</source>
        <translation>Sitio fijo</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="11"/>
        <source>Prison or jail</source>
        <translation>Prisión o cárcel</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="12"/>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="13"/>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="14"/>
        <source>Emergency department</source>
        <translation>Servicio de urgencias</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="15"/>
        <source>First responder</source>
        <translation>Personal de primera respuesta</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="16"/>
        <source>Partner agency</source>
        <translation>Organización asociada</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="23"/>
        <source>Outreach worker</source>
        <translation>Trabajador de alcance</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="24"/>
        <source>Site lead</source>
        <translation>Responsable de sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="25"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="26"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="27"/>
        <source>Person who uses drugs / at risk</source>
        <translation>Persona que usa drogas / en riesgo</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="28"/>
        <source>Family member or friend</source>
        <translation>Familiar o amistad</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="29"/>
        <source>Service provider or staff</source>
        <translation>Proveedor de servicios o personal</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="31"/>
        <source>Person leaving prison or jail</source>
        <translation>Persona que sale de prisión o cárcel</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="32"/>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="33"/>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="34"/>
        <source>Trans</source>
        <translation>Trans</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="35"/>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="36"/>
        <source>Not listed</source>
        <translation>No aparece en la lista</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="37"/>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="38"/>
        <source>Under 18</source>
        <translation>Menor de 18</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="39"/>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="40"/>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="41"/>
        <source>35–44</source>
        <translation>35–44</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="42"/>
        <source>45–54</source>
        <translation>45–54</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="43"/>
        <source>55–64</source>
        <translation>55–64</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="44"/>
        <source>65 or older</source>
        <translation>65 o más</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="45"/>
        <source>American Indian or Alaska Native</source>
        <translation>Indio americano o nativo de Alaska</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="46"/>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="47"/>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="48"/>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Nativo de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="49"/>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="50"/>
        <source>More than one race</source>
        <translation>Más de una raza</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="51"/>
        <source>Hispanic or Latino</source>
        <translation>Hispano o latino</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="52"/>
        <source>Not Hispanic or Latino</source>
        <translation>No hispano ni latino</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="53"/>
        <source>In the area</source>
        <translation>En la zona</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="54"/>
        <source>No fixed address</source>
        <translation>Sin domicilio fijo</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="55"/>
        <source>Outside the area</source>
        <translation>Fuera de la zona</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="56"/>
        <source>Heroin</source>
        <translation>Heroína</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="57"/>
        <source>Fentanyl</source>
        <translation>Fentanilo</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="58"/>
        <source>Prescription opioids</source>
        <translation>Opioides recetados</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="59"/>
        <source>Methadone or buprenorphine</source>
        <translation>Metadona o buprenorfina</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="60"/>
        <source>Cocaine</source>
        <translation>Cocaína</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="61"/>
        <source>Methamphetamine</source>
        <translation>Metanfetamina</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="62"/>
        <source>Benzodiazepines</source>
        <translation>Benzodiacepinas</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="63"/>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="64"/>
        <source>Xylazine</source>
        <translation>Xilacina</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="22"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="17"/>
        <source>Syringe service program</source>
        <translation>Programa de servicios de jeringas</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="18"/>
        <source>Health department</source>
        <translation>Departamento de salud</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="19"/>
        <source>Corrections</source>
        <translation>Sistema penitenciario</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="20"/>
        <source>Emergency medical services</source>
        <translation>Servicios médicos de emergencia</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="21"/>
        <source>Community organisation</source>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="65"/>
        <source>One-to-one</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="66"/>
        <source>Group session</source>
        <translation>Sesión grupal</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="67"/>
        <source>Pre-release class</source>
        <translation>Clase previa a la salida</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="68"/>
        <source>Video with a trainer</source>
        <translation>Video con capacitador</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="69"/>
        <source>What opioids and an overdose are</source>
        <translation>Qué son los opioides y una sobredosis</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="70"/>
        <source>Risk factors: lost tolerance, mixing, fentanyl, using alone</source>
        <translation>Factores de riesgo: pérdida de tolerancia, mezclas, fentanilo, consumir a solas</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="71"/>
        <source>Recognising an overdose</source>
        <translation>Cómo reconocer una sobredosis</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="72"/>
        <source>Responding: shout, call 911, rescue breaths, recovery position</source>
        <translation>Cómo responder: gritar, llamar al 911, respiración de rescate, posición de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="73"/>
        <source>How to give naloxone</source>
        <translation>Cómo administrar naloxona</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="74"/>
        <source>Storing the kit and telling others where it is</source>
        <translation>Guardar el kit y decir a otros dónde está</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="75"/>
        <source>How to get a refill</source>
        <translation>Cómo obtener una reposición</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="76"/>
        <source>Why to tell us when a kit is used</source>
        <translation>Por qué avisarnos cuando se usa un kit</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="77"/>
        <source>The law: Good Samaritan protections, carrying naloxone</source>
        <translation>La ley: protecciones del Buen Samaritano, portar naloxona</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="78"/>
        <source>Nasal spray 4 mg</source>
        <translation>Aerosol nasal de 4 mg</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="79"/>
        <source>Nasal spray 8 mg</source>
        <translation>Aerosol nasal de 8 mg</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="80"/>
        <source>Nasal spray 3 mg (OTC)</source>
        <translation>Aerosol nasal de 3 mg (venta libre)</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="81"/>
        <source>Intramuscular vial kit</source>
        <translation>Kit de viales intramusculares</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="82"/>
        <source>Intramuscular multi-dose vial</source>
        <translation>Vial multidosis intramuscular</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="83"/>
        <source>Prefilled syringe</source>
        <translation>Jeringa precargada</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="84"/>
        <source>Nalmefene nasal spray</source>
        <translation>Aerosol nasal de nalmefeno</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="85"/>
        <source>Nasal</source>
        <translation>Nasal</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="86"/>
        <source>Injection (IM)</source>
        <translation>Inyección (IM)</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="87"/>
        <source>New kit</source>
        <translation>Kit nuevo</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="88"/>
        <source>Refill</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="89"/>
        <source>Used on someone</source>
        <translation>Usado en alguien</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="90"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="91"/>
        <source>Stolen</source>
        <translation>Robado</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="92"/>
        <source>Confiscated</source>
        <translation>Confiscado</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="93"/>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="94"/>
        <source>Gave it away</source>
        <translation>Lo regaló</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="95"/>
        <source>Community service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="96"/>
        <source>Prison or jail release</source>
        <translation>Salida de prisión o cárcel</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="97"/>
        <source>Ambulance</source>
        <translation>Ambulancia</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="98"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="99"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="100"/>
        <source>Transferred out</source>
        <translation>Transferido a otro sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="101"/>
        <source>Transferred in</source>
        <translation>Recibido de otro sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="102"/>
        <source>Written off</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="103"/>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="104"/>
        <source>Recalled</source>
        <translation>Retirado del mercado</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="105"/>
        <source>Private home</source>
        <translation>Vivienda particular</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="106"/>
        <source>Public place</source>
        <translation>Lugar público</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="107"/>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="108"/>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="109"/>
        <source>Treatment or service</source>
        <translation>Tratamiento o servicio</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="110"/>
        <source>The participant reporting</source>
        <translation>El participante que informa</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="111"/>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="112"/>
        <source>Partner</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="113"/>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="114"/>
        <source>Stranger</source>
        <translation>Persona desconocida</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="115"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="118"/>
        <source>Survived</source>
        <translation>Sobrevivió</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="119"/>
        <source>Died</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="120"/>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="121"/>
        <source>Buprenorphine (MOUD)</source>
        <translation>Buprenorfina (MOUD)</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="122"/>
        <source>Methadone (MOUD)</source>
        <translation>Metadona (MOUD)</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="123"/>
        <source>Naltrexone (MOUD)</source>
        <translation>Naltrexona (MOUD)</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="124"/>
        <source>Other treatment</source>
        <translation>Otro tratamiento</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="125"/>
        <source>Peer recovery support</source>
        <translation>Apoyo de pares en la recuperación</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="126"/>
        <source>Recovery community or mutual-help group</source>
        <translation>Comunidad de recuperación o grupo de ayuda mutua</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="127"/>
        <source>Syringe services</source>
        <translation>Servicios de jeringas</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="128"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="129"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="130"/>
        <source>Primary care</source>
        <translation>Atención primaria</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="131"/>
        <source>Benefits</source>
        <translation>Prestaciones sociales</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="132"/>
        <source>Participant&apos;s page</source>
        <translation>Ficha del participante</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="133"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="134"/>
        <source>Kit hand-over</source>
        <translation>Entrega de kit</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="135"/>
        <source>Release</source>
        <translation>Excarcelación</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="136"/>
        <source>Reversal report</source>
        <translation>Informe de reversión</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="137"/>
        <source>Connected</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="138"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="139"/>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="140"/>
        <source>Lost to contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="141"/>
        <source>Created</source>
        <translation>Creó</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="142"/>
        <source>Changed</source>
        <translation>Modificó</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="143"/>
        <source>Deleted</source>
        <translation>Eliminó</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="144"/>
        <source>Merged</source>
        <translation>Fusionó</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="145"/>
        <source>Viewed</source>
        <translation>Consultó</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="146"/>
        <source>Exported</source>
        <translation>Exportó</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="147"/>
        <source>Printed</source>
        <translation>Imprimió</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="148"/>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="149"/>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="150"/>
        <source>Signed out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="151"/>
        <source>Backed up</source>
        <translation>Hizo una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="152"/>
        <source>Restored a backup</source>
        <translation>Restauró una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="153"/>
        <source>Imported</source>
        <translation>Importó</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="154"/>
        <source>Generated</source>
        <translation>Generó</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="155"/>
        <source>Tampering found</source>
        <translation>Manipulación detectada</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="116"/>
        <location filename="../ui/text/labels.py" line="58"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/text/label_texts.py" line="117"/>
        <location filename="../ui/text/labels.py" line="58"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ListExportSection</name>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="159"/>
        <source>Export a list</source>
        <translation>Exportar una lista</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="170"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="171"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="172"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="178"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/session/lock.py" line="69"/>
        <source>Locked — OEND tracker</source>
        <translation>Bloqueado — Registro OEND</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="79"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="82"/>
        <source>%1 (%2) stepped away. Everything you had open is kept just as you left it.</source>
        <translation>%1 (%2) se ausentó. Todo lo que tenía abierto se conserva tal como lo dejó.</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="95"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="97"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="109"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="112"/>
        <source>Sign out instead</source>
        <translation>Mejor cerrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="130"/>
        <source>Too many wrong passwords. Wait %1 before trying again.</source>
        <translation>Demasiadas contraseñas incorrectas. Espere %1 antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="136"/>
        <source>That is not this database&apos;s recovery key. Try again.</source>
        <translation>Esa no es la clave de recuperación de esta base de datos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/session/lock.py" line="138"/>
        <source>That is not the password of %1. Try again.</source>
        <translation>Esa no es la contraseña de %1. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <location filename="../ui/outputs/jobs.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="247"/>
        <location filename="../ui/main_window.py" line="248"/>
        <source>OEND tracker</source>
        <extracomment>The user signed out: the app shows the sign-in again. A backup replaced the damaged database (the notice says which): the app shows the sign-in again.</extracomment>
        <translation>Registro OEND</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="254"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="249"/>
        <source>Naloxone education and distribution</source>
        <translation>Educación y distribución de naloxona</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="256"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="257"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="258"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="261"/>
        <source>Signed in as %1 · %2</source>
        <translation>Sesión de %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="378"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>MergeOffersTab</name>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="42"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="42"/>
        <source>Record kept</source>
        <translation>Registro conservado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="42"/>
        <source>Other record</source>
        <translation>Otro registro</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="42"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="53"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="53"/>
        <source>Fold the other record into the one kept</source>
        <translation>Fusionar el otro registro con el conservado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="55"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="55"/>
        <source>Keep both records as they are</source>
        <translation>Mantener ambos registros como están</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="97"/>
        <source>A coordinator decides on possible duplicates.</source>
        <translation>Un coordinador decide sobre los posibles duplicados.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="99"/>
        <source>No possible duplicate to review.</source>
        <translation>No hay posibles duplicados que revisar.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/merge_offers.py" line="101"/>
        <source>Two records hold one code: merge them, or keep them apart.</source>
        <translation>Dos registros tienen el mismo código: fusiónelos o manténgalos separados.</translation>
    </message>
</context>
<context>
    <name>MovementForm</name>
    <message>
        <location filename="../ui/dialogs/movement_form.py" line="53"/>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/movement_form.py" line="61"/>
        <source>Lot %1 · expires %2</source>
        <translation>Lote %1 · vence %2</translation>
    </message>
</context>
<context>
    <name>MovementPanel</name>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="44"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="44"/>
        <source>Correct the movement chosen</source>
        <translation>Corregir el movimiento elegido</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="46"/>
        <source>Void…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="46"/>
        <source>Void a movement entered by mistake</source>
        <translation>Anular un movimiento registrado por error</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="61"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="62"/>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="63"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="64"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="65"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="66"/>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="67"/>
        <source>Reference or reason</source>
        <translation>Referencia o motivo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="73"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="101"/>
        <source>the receipt of %1 kit(s) on %2</source>
        <translation>la recepción de %1 kit(s) del %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="102"/>
        <source>the transfer of %1 kit(s) on %2</source>
        <translation>el traslado de %1 kit(s) del %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/movement_panel.py" line="103"/>
        <source>the write-off of %1 kit(s) on %2</source>
        <translation>la baja de %1 kit(s) del %2</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../ui/operations.py" line="117"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/referral.py" line="160"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../ui/widgets/page_parts.py" line="31"/>
        <source>All my sites</source>
        <translation>Todos mis sitios</translation>
    </message>
    <message>
        <location filename="../ui/pages/loading.py" line="33"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>ParticipantDetail</name>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="69"/>
        <source>Hand out a kit</source>
        <extracomment>False when the record could not be opened (gone, out of the user&apos;s sites, the database unavailable).</extracomment>
        <translation>Entregar un kit</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="73"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="74"/>
        <source>Merge a duplicate…</source>
        <translation>Fusionar duplicado…</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="75"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="91"/>
        <source>Trainings attended</source>
        <translation>Capacitaciones recibidas</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="96"/>
        <source>Kits and refills</source>
        <translation>Kits y reposiciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="93"/>
        <source>Reversals reported</source>
        <translation>Reversiones notificadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="139"/>
        <location filename="../ui/pages/participant_detail.py" line="164"/>
        <location filename="../ui/pages/participant_detail.py" line="173"/>
        <location filename="../ui/pages/participant_detail.py" line="184"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="165"/>
        <location filename="../ui/pages/participant_detail.py" line="174"/>
        <location filename="../ui/pages/participant_detail.py" line="185"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="166"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="167"/>
        <source>Before</source>
        <translation>Pre</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="154"/>
        <location filename="../ui/pages/participant_detail.py" line="168"/>
        <source>After</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="175"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="176"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="177"/>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="178"/>
        <source>Supply</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="179"/>
        <source>Refill reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="186"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="143"/>
        <location filename="../ui/pages/participant_detail.py" line="187"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="70"/>
        <source>Refer…</source>
        <translation>Derivar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="70"/>
        <source>Refer to a service (Ctrl+R)</source>
        <translation>Derivar a un servicio (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="100"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="103"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="105"/>
        <source>Outcome…</source>
        <translation>Resultado…</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="105"/>
        <source>Record the referral&apos;s outcome</source>
        <translation>Registrar el resultado de la derivación</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="106"/>
        <source>Record follow-up…</source>
        <translation>Registrar seguimiento…</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="140"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="141"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="144"/>
        <source> (closed)</source>
        <translation> (cerrada)</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="152"/>
        <source>Due</source>
        <translation>Para el</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="155"/>
        <source>Release</source>
        <translation>Excarcelación</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="157"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="158"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="159"/>
        <source>Connected</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="188"/>
        <source>Replacement kits</source>
        <translation>Kits de reposición</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="216"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="234"/>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="247"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="248"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="249"/>
        <source>Home site</source>
        <translation>Sitio principal</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="250"/>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="251"/>
        <source>Expected release</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="252"/>
        <source>Released</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="295"/>
        <source>Merge a duplicate</source>
        <translation>Fusionar un duplicado</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="296"/>
        <source>Code of the duplicate record to fold into %1:</source>
        <translation>Código del registro duplicado que se unirá a %1:</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="307"/>
        <location filename="../ui/pages/participant_detail.py" line="333"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="307"/>
        <source>No participant has the code %1.</source>
        <translation>Ningún participante tiene el código %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="312"/>
        <source>Merge %1 into %2?

The history of %1 (trainings, kits, reversals) moves to %2, and %1 is retired. This cannot be undone from the app.</source>
        <translation>¿Fusionar %1 con %2?

El historial de %1 (capacitaciones, kits, reversiones) pasa a %2, y %1 se retira. Esto no se puede deshacer desde la aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="318"/>
        <source>Merge records</source>
        <translation>Fusionar registros</translation>
    </message>
    <message>
        <location filename="../ui/pages/participant_detail.py" line="320"/>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 con %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../ui/dialogs/participant.py" line="42"/>
        <location filename="../ui/dialogs/participant.py" line="83"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="44"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="55"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="56"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="57"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="58"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="59"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="60"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="61"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="62"/>
        <source>Home site</source>
        <translation>Sitio principal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant.py" line="83"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>ParticipantEditDialog</name>
    <message>
        <location filename="../ui/dialogs/participant_edit.py" line="34"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant_edit.py" line="46"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant_edit.py" line="47"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/participant_edit.py" line="49"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>ParticipantEditForm</name>
    <message>
        <location filename="../../forms/participant_edit.ui" line="14"/>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="23"/>
        <source>Change what needs changing; the record keeps the values before and after.</source>
        <translation>Cambie lo que haga falta; el registro guarda los valores de antes y de después.</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="48"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="61"/>
        <location filename="../../forms/participant_edit.ui" line="88"/>
        <location filename="../../forms/participant_edit.ui" line="177"/>
        <location filename="../../forms/participant_edit.ui" line="265"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="75"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="102"/>
        <source>&amp;Date of birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="124"/>
        <source>C&amp;ategory</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="144"/>
        <source>G&amp;ender</source>
        <translation>Gén&amp;ero</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="164"/>
        <source>&amp;ZIP code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="191"/>
        <source>&amp;Home site</source>
        <translation>&amp;Sitio principal</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="211"/>
        <source>E&amp;xpected release</source>
        <translation>Salida p&amp;revista</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="233"/>
        <source>&amp;Released on</source>
        <translation>&amp;Fecha de salida</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="255"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="285"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../../forms/participant_edit.ui" line="298"/>
        <source>Correct a code typed wrong: every record of this person keeps following them</source>
        <translation>Corrija un código mal escrito: todos los registros de esta persona lo siguen</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../forms/participant.ui" line="9"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="16"/>
        <source>The category is required, and a home site unless you work at every site. Leave the code empty and one is made in your program&apos;s scheme.</source>
        <translation>La categoría es obligatoria, y un sitio principal salvo que trabaje en todos los sitios. Deje el código vacío y se creará uno según el esquema de su programa.</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="32"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="41"/>
        <source>Made for you when left empty</source>
        <translation>Se crea solo si lo deja vacío</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="46"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="47"/>
        <source>Make a code from the details below, in your program&apos;s scheme</source>
        <translation>Crear un código con los datos de abajo, según el esquema de su programa</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="58"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="65"/>
        <location filename="../../forms/participant.ui" line="80"/>
        <location filename="../../forms/participant.ui" line="133"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="73"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="88"/>
        <source>&amp;Date of birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="102"/>
        <source>C&amp;ategory</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="114"/>
        <source>G&amp;ender</source>
        <translation>Gén&amp;ero</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="126"/>
        <source>&amp;ZIP code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="141"/>
        <source>&amp;Home site</source>
        <translation>&amp;Sitio principal</translation>
    </message>
    <message>
        <location filename="../../forms/participant.ui" line="147"/>
        <source>The site this person is enrolled at</source>
        <translation>El sitio donde se inscribe a esta persona</translation>
    </message>
</context>
<context>
    <name>ParticipantSearchModel</name>
    <message>
        <location filename="../ui/models/participants.py" line="51"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/models/participants.py" line="51"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/models/participants.py" line="51"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/participants.py" line="51"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../ui/pages/participants.py" line="35"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="37"/>
        <source>Enrol someone new (Ctrl+N)</source>
        <translation>Inscribir a alguien nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="42"/>
        <source>Search by code, name or date of birth (YYYY-MM-DD)  —  Ctrl+F</source>
        <translation>Buscar por código, nombre o fecha de nacimiento (AAAA-MM-DD)  —  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="104"/>
        <location filename="../ui/pages/participants.py" line="89"/>
        <source>Participants</source>
        <extracomment>The size the window opens at when the screen has room; smaller screens get their whole available area. Small enough for a 1366x768 laptop at 125% scaling (1093x614 logical pixels, less task bar and frame). Room left around the window for its title bar and borders, which the window&apos;s own size leaves out. The roles that see this page at all; None means everyone.</extracomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="92"/>
        <source>Everyone your program has trained or given naloxone</source>
        <translation>Todas las personas a quienes su programa capacitó o entregó naloxona</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="104"/>
        <source>No participant matches “%1”</source>
        <translation>Ningún participante coincide con «%1»</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="105"/>
        <source>Check the spelling, or press Ctrl+N to enrol someone new.</source>
        <translation>Revise la ortografía o pulse Ctrl+N para inscribir a alguien nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="107"/>
        <source>No participants yet</source>
        <translation>Todavía no hay participantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="108"/>
        <source>Press Ctrl+N to enrol the first person.</source>
        <translation>Pulse Ctrl+N para inscribir a la primera persona.</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="113"/>
        <source>Showing %1 so far — scroll for more</source>
        <translation>Se muestran %1 por ahora — desplácese para ver más</translation>
    </message>
    <message>
        <location filename="../ui/pages/participants.py" line="115"/>
        <source>Found: %1</source>
        <translation>Encontrados: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../ui/dialogs/program.py" line="113"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="114"/>
        <source>New partner organisation</source>
        <translation>Nueva organización socia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="114"/>
        <source>Edit partner</source>
        <translation>Editar socio</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../../forms/partner.ui" line="14"/>
        <source>Partner organisation</source>
        <translation>Organización socia</translation>
    </message>
    <message>
        <location filename="../../forms/partner.ui" line="23"/>
        <source>An agency the program&apos;s sites belong to. Reports roll sites up to their partner and its category.</source>
        <translation>Una organización a la que pertenecen sitios del programa. Los informes agrupan los sitios por socio y por su categoría.</translation>
    </message>
    <message>
        <location filename="../../forms/partner.ui" line="48"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../forms/partner.ui" line="61"/>
        <source>e.g. County Health Department</source>
        <translation>p. ej. Departamento de Salud del Condado</translation>
    </message>
    <message>
        <location filename="../../forms/partner.ui" line="75"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location filename="../../forms/partner.ui" line="95"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../../forms/partner.ui" line="108"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>PartnersList</name>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="114"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="115"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="116"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="117"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="123"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="125"/>
        <source>Add partner</source>
        <translation>Agregar socio</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="130"/>
        <source>%1 added.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="135"/>
        <source>%1 saved.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../ui/outputs/period.py" line="54"/>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <location filename="../ui/outputs/period.py" line="56"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../ui/outputs/period.py" line="57"/>
        <source>Fiscal quarter</source>
        <translation>Trimestre fiscal</translation>
    </message>
    <message>
        <location filename="../ui/outputs/period.py" line="58"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../ui/outputs/period.py" line="59"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../ui/outputs/period.py" line="91"/>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location filename="../ui/outputs/period.py" line="108"/>
        <source>FY</source>
        <translation>AF</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../ui/widgets/pickers.py" line="80"/>
        <source>%1 · lot %2 · expires %3 · %4 on hand</source>
        <translation>%1 · lote %2 · vence %3 · %4 disponibles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pickers.py" line="87"/>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pickers.py" line="89"/>
        <source>recalled</source>
        <translation>retirado del mercado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pickers.py" line="125"/>
        <source>no participant has the code %1</source>
        <translation>ningún participante tiene el código %1</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../ui/dialogs/program.py" line="173"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="176"/>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="178"/>
        <source>Edit product %1</source>
        <translation>Editar el producto %1</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../forms/product.ui" line="14"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="23"/>
        <source>A naloxone product the program hands out. Reports count doses from the doses in each kit.</source>
        <translation>Un producto de naloxona que entrega el programa. Los informes cuentan las dosis según las dosis de cada kit.</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="48"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="61"/>
        <source>e.g. NAS4</source>
        <translation>p. ej. NAS4</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="75"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="88"/>
        <source>e.g. Naloxone nasal spray 4 mg</source>
        <translation>p. ej. Naloxona en aerosol nasal de 4 mg</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="102"/>
        <source>&amp;Formulation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="122"/>
        <source>&amp;Strength</source>
        <translation>Con&amp;centración</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="135"/>
        <source>As the box says, e.g. 4 mg</source>
        <translation>Como dice la caja, p. ej. 4 mg</translation>
    </message>
    <message>
        <location filename="../../forms/product.ui" line="149"/>
        <source>&amp;Doses per kit</source>
        <translation>&amp;Dosis por kit</translation>
    </message>
</context>
<context>
    <name>ProductsList</name>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="172"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="173"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="174"/>
        <source>Formulation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="175"/>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="176"/>
        <source>Doses per kit</source>
        <translation>Dosis por kit</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="182"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="184"/>
        <source>Add common products…</source>
        <translation>Agregar productos comunes…</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="185"/>
        <source>Add product</source>
        <translation>Agregar producto</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="190"/>
        <source>Product %1 added.</source>
        <translation>Se agregó el producto %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="195"/>
        <source>Products added: %1.</source>
        <translation>Productos agregados: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="201"/>
        <source>Product %1 saved.</source>
        <translation>Se guardó el producto %1.</translation>
    </message>
</context>
<context>
    <name>ProgramForms</name>
    <message>
        <location filename="../ui/dialogs/program.py" line="39"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ProgramSettings</name>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="32"/>
        <source>Custom pattern %1, e.g. %2</source>
        <translation>Patrón propio %1, p. ej. %2</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="57"/>
        <source>Letters of a pattern: %1</source>
        <translation>Letras de un patrón: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="59"/>
        <source> (published tables)</source>
        <translation> (tablas publicadas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="60"/>
        <source> kits at a time</source>
        <translation> kits a la vez</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="61"/>
        <source>Days after a referral or a release, separated by commas</source>
        <translation>Días después de una derivación o una excarcelación, separados por comas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="62"/>
        <source>Referrals then keep no person, provider or notes</source>
        <translation>Las derivaciones no guardan entonces ni persona, ni proveedor, ni notas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="65"/>
        <source>A pattern of our own</source>
        <translation>Un patrón propio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="101"/>
        <source>Example: &lt;b&gt;%1&lt;/b&gt; (Maria Lopez, born 1985-03-15)</source>
        <translation>Ejemplo: &lt;b&gt;%1&lt;/b&gt; (María López, nacida el 1985-03-15)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="103"/>
        <source>Type a pattern to see an example</source>
        <translation>Escriba un patrón para ver un ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program_settings.py" line="115"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsForm</name>
    <message>
        <location filename="../../forms/program_settings.ui" line="14"/>
        <source>Program settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="23"/>
        <source>A new code scheme applies to codes made from now on: people already enrolled keep theirs.</source>
        <translation>Un nuevo esquema de códigos se aplica a los códigos creados a partir de ahora: las personas ya inscritas conservan el suyo.</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="48"/>
        <source>Program &amp;name</source>
        <translation>&amp;Nombre del programa</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="72"/>
        <source>Participant &amp;codes</source>
        <translation>&amp;Códigos de participante</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="88"/>
        <source>Custom pattern, e.g. FFLLYYYYG</source>
        <translation>Patrón propio, p. ej. FFLLYYYYG</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="116"/>
        <source>&amp;Fiscal year starts in</source>
        <translation>El año &amp;fiscal empieza en</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="136"/>
        <source>&amp;Hide counts below</source>
        <translation>&amp;Ocultar conteos menores de</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="163"/>
        <source>&amp;Kits without a reason</source>
        <translation>&amp;Kits sin motivo</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="190"/>
        <source>F&amp;ollow-ups after</source>
        <translation>&amp;Seguimientos a los</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="203"/>
        <source>7,30,90</source>
        <translation>7,30,90</translation>
    </message>
    <message>
        <location filename="../../forms/program_settings.ui" line="217"/>
        <source>&amp;Referrals: counts only, no names</source>
        <translation>&amp;Derivaciones: solo conteos, sin nombres</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsTab</name>
    <message>
        <location filename="../ui/pages/administration.py" line="54"/>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="55"/>
        <source>Participant codes</source>
        <translation>Códigos de participante</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="56"/>
        <source>Fiscal year starts in</source>
        <translation>El año fiscal empieza en</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="57"/>
        <source>Hide counts below</source>
        <translation>Ocultar conteos menores de</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="58"/>
        <source>Kits without a reason</source>
        <translation>Kits sin motivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="64"/>
        <source>Change settings…</source>
        <translation>Cambiar la configuración…</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="72"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="73"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="74"/>
        <source>Default site</source>
        <translation>Sitio predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="80"/>
        <source>Each user&apos;s default site</source>
        <translation>Sitio predeterminado de cada usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="81"/>
        <source>Set default site…</source>
        <translation>Elegir sitio predeterminado…</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="100"/>
        <source>%1 (smaller counts show as “&lt;%1” in published tables)</source>
        <translation>%1 (los conteos menores aparecen como “&lt;%1” en las tablas publicadas)</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="105"/>
        <source>%1 at a time; more need a reason</source>
        <translation>%1 a la vez; para más se pide un motivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="111"/>
        <source>Settings saved.</source>
        <translation>Se guardó la configuración.</translation>
    </message>
    <message>
        <location filename="../ui/pages/administration.py" line="117"/>
        <source>Default site of %1 saved.</source>
        <translation>Se guardó el sitio predeterminado de %1.</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../ui/outputs/jobs.py" line="96"/>
        <source>Cancel</source>
        <extracomment>Emitted once the job is over, whichever way it ended.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/outputs/jobs.py" line="99"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../ui/dialogs/program.py" line="142"/>
        <source>Several kinds</source>
        <translation>Varios tipos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="143"/>
        <source>New provider</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="143"/>
        <source>Edit provider</source>
        <translation>Editar proveedor</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <location filename="../../forms/provider.ui" line="14"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../forms/provider.ui" line="23"/>
        <source>A service the program refers people to: a clinic, a recovery centre, a housing office. Referral forms offer it by name.</source>
        <translation>Un servicio al que el programa deriva a las personas: una clínica, un centro de recuperación, una oficina de vivienda. Los formularios de derivación lo ofrecen por su nombre.</translation>
    </message>
    <message>
        <location filename="../../forms/provider.ui" line="48"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../forms/provider.ui" line="61"/>
        <source>e.g. Harbor Recovery Clinic</source>
        <translation>p. ej., Clínica de Recuperación Harbor</translation>
    </message>
    <message>
        <location filename="../../forms/provider.ui" line="75"/>
        <source>&amp;Mainly offers</source>
        <translation>&amp;Ofrece sobre todo</translation>
    </message>
    <message>
        <location filename="../../forms/provider.ui" line="96"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../../forms/provider.ui" line="109"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>ProvidersList</name>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="144"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="145"/>
        <source>Mainly offers</source>
        <translation>Ofrece sobre todo</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="146"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="147"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="153"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="155"/>
        <source>Add provider</source>
        <translation>Agregar proveedor</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="160"/>
        <source>%1 added.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="165"/>
        <source>%1 saved.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../ui/dialogs/stock.py" line="220"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="224"/>
        <source>Edit a receipt</source>
        <translation>Corregir una recepción</translation>
    </message>
</context>
<context>
    <name>ReceiveForm</name>
    <message>
        <location filename="../../forms/receive.ui" line="14"/>
        <source>Receive a shipment</source>
        <translation>Recibir un envío</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="23"/>
        <source>Kits arriving at one of your sites. A new lot number is added the first time it is seen.</source>
        <translation>Kits que llegan a uno de sus sitios. Un número de lote nuevo se agrega la primera vez que aparece.</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="48"/>
        <source>&amp;Site</source>
        <translation>&amp;Sitio</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="68"/>
        <source>P&amp;roduct</source>
        <translation>P&amp;roducto</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="88"/>
        <source>&amp;Lot number</source>
        <translation>Número de &amp;lote</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="112"/>
        <source>&amp;Expires</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="133"/>
        <source>&amp;Kits</source>
        <translation>&amp;Kits</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="160"/>
        <source>&amp;Received on</source>
        <translation>&amp;Fecha de recepción</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="181"/>
        <source>Re&amp;ference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <location filename="../../forms/receive.ui" line="194"/>
        <source>Shipment or invoice number (optional)</source>
        <translation>Número de envío o de factura (opcional)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../ui/session/recovery_print.py" line="20"/>
        <source>Recovery key of %1</source>
        <translation>Clave de recuperación de %1</translation>
    </message>
    <message>
        <location filename="../ui/session/recovery_print.py" line="22"/>
        <source>If every password of this program is ever forgotten, this key is the only way to open its records. Keep this page somewhere safe, away from the laptop (a locked drawer at the office), and do not photograph it or send it by e-mail.</source>
        <translation>Si algún día se olvidan todas las contraseñas de este programa, esta clave es la única forma de abrir sus registros. Guarde esta hoja en un lugar seguro, lejos de la laptop (un cajón con llave en la oficina), y no la fotografíe ni la envíe por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../ui/session/recovery_print.py" line="30"/>
        <source>Printed on %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <location filename="../ui/session/recovery_print.py" line="48"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../ui/dialogs/referral.py" line="58"/>
        <source>Choose…</source>
        <extracomment>Fields the form hides where the program keeps counts only.</extracomment>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral.py" line="62"/>
        <source>Not named</source>
        <translation>Sin nombrar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral.py" line="70"/>
        <source>This program keeps counts only: the kind of service and the day, with no name.</source>
        <translation>Este programa solo guarda recuentos: el tipo de servicio y el día, sin ningún nombre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral.py" line="76"/>
        <source>Refer %1 to a service</source>
        <translation>Derivar a %1 a un servicio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral.py" line="81"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral.py" line="81"/>
        <source>Record referred from</source>
        <translation>Registro desde el que se deriva</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../forms/referral.ui" line="14"/>
        <source>Refer to a service</source>
        <translation>Derivar a un servicio</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="23"/>
        <source>Offered, never required: naloxone does not depend on it.</source>
        <translation>Se ofrece, nunca se exige: la naloxona no depende de ello.</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="48"/>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="69"/>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="90"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="111"/>
        <source>S&amp;ite</source>
        <translation>S&amp;itio</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="132"/>
        <source>&amp;Warm hand-off (introduced in person or by phone)</source>
        <translation>Derivación &amp;acompañada (presentado en persona o por teléfono)</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="146"/>
        <source>Agrees to be &amp;followed up</source>
        <translation>Acepta que se le haga &amp;seguimiento</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="160"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../forms/referral.ui" line="173"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeForm</name>
    <message>
        <location filename="../../forms/referral_outcome.ui" line="14"/>
        <source>Referral outcome</source>
        <translation>Resultado de la derivación</translation>
    </message>
    <message>
        <location filename="../../forms/referral_outcome.ui" line="23"/>
        <source>Whether the person got to the service, as of a day.</source>
        <translation>Si la persona llegó al servicio, a una fecha dada.</translation>
    </message>
    <message>
        <location filename="../../forms/referral_outcome.ui" line="48"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location filename="../../forms/referral_outcome.ui" line="69"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../forms/referral_outcome.ui" line="90"/>
        <source>C&amp;lose the referral (no more follow-ups)</source>
        <translation>&amp;Cerrar la derivación (sin más seguimientos)</translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <location filename="../ui/pages/release.py" line="36"/>
        <source>Kit into property</source>
        <translation>Kit a pertenencias</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="36"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="39"/>
        <source>Refer…</source>
        <translation>Derivar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="39"/>
        <source>Refer the person chosen to a service</source>
        <translation>Derivar a la persona elegida a un servicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="41"/>
        <source>Follow up after release</source>
        <translation>Seguimiento tras salir</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="41"/>
        <source>Schedule follow-ups after their release</source>
        <translation>Programar seguimientos después de su excarcelación</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="50"/>
        <source>Release day only:</source>
        <translation>Solo el día de salida:</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="54"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="72"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="73"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="74"/>
        <source>Expected release</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="75"/>
        <source>Released</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="77"/>
        <source>Trained</source>
        <translation>Capacitado</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="78"/>
        <location filename="../ui/pages/release.py" line="84"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="78"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="83"/>
        <source>Kit in property</source>
        <translation>Con kit</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="84"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="89"/>
        <source>Follow-up due</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="111"/>
        <location filename="../ui/pages/release.py" line="97"/>
        <source>Prison release</source>
        <translation>Salida de prisión</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="100"/>
        <source>Who leaves when, who was trained, and who leaves with a kit</source>
        <translation>Quién sale y cuándo, quién recibió capacitación y quién sale con un kit</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="116"/>
        <source>No correctional facility is set up among your sites</source>
        <translation>Ninguno de sus sitios es un centro penitenciario</translation>
    </message>
    <message>
        <location filename="../ui/pages/release.py" line="119"/>
        <source>%1 people · %2 trained · %3 with a kit</source>
        <translation>%1 personas · %2 capacitadas · %3 con kit</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/text/report_texts.py" line="9"/>
        <source>1 count from 1 to {threshold} shown as {mark} to protect the people counted</source>
        <translation>1 recuento de 1 a {threshold} se muestra como {mark} para proteger a las personas contadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="10"/>
        <source>1 further cell marked {mark} (of any size)</source>
        <translation>1 celda más marcada {mark} (de cualquier tamaño)</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="11"/>
        <source>911 called</source>
        <translation>Se llamó al 911</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="12"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="13"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="14"/>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="15"/>
        <source>Ambulance (EMS) arrived</source>
        <translation>Llegó la ambulancia (EMS)</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="16"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="17"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="18"/>
        <source>Conscious before naloxone</source>
        <translation>Consciente antes de la naloxona</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="19"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="20"/>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="21"/>
        <source>Counts are rounded to the nearest {n}; each total is rounded on its own, so rows may not add up to it.</source>
        <translation>Los recuentos se redondean al múltiplo de {n} más cercano; cada total se redondea por separado, así que las filas pueden no sumar el total.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="25"/>
        <source>Counts from 1 to {threshold} are shown as {small}. Where a total could reveal such a count, another cell of the same row or column is also withheld and marked {mark}; it may hold any count.</source>
        <translation>Los recuentos de 1 a {threshold} se muestran como {small}. Donde un total podría revelar ese recuento, también se oculta otra celda de la misma fila o columna, marcada {mark}; puede contener cualquier recuento.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="29"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="30"/>
        <source>Cumulative to {day}</source>
        <translation>Acumulado hasta el {day}</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="31"/>
        <source>Cumulative, through {day}</source>
        <translation>Acumulado, hasta el {day}</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="32"/>
        <source>Days from release to the first contact (median)</source>
        <translation>Días desde la liberación hasta el primer contacto (mediana)</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="33"/>
        <source>Days from release to the first kit (median)</source>
        <translation>Días desde la liberación hasta el primer kit (mediana)</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="34"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="35"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="36"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="37"/>
        <source>Fentanyl suspected</source>
        <translation>Se sospecha fentanilo</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="38"/>
        <source>Formulation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="39"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="40"/>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="41"/>
        <source>Generated {when} by OEND tracker</source>
        <translation>Generado el {when} por Registro OEND</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="42"/>
        <source>Hand-overs of kits</source>
        <translation>Entregas de kits</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="43"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="44"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="45"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="46"/>
        <source>Kind of service</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="47"/>
        <source>Kits purchased or received</source>
        <translation>Kits comprados o recibidos</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="48"/>
        <source>Known people given kits</source>
        <translation>Personas conocidas que recibieron kits</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="49"/>
        <source>Linked to care</source>
        <translation>Derivado a atención</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="50"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="51"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="52"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="53"/>
        <source>Median days from referral to connection</source>
        <translation>Mediana de días desde la derivación hasta la conexión</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="54"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="55"/>
        <source>Naloxone doses dispensed</source>
        <translation>Dosis de naloxona entregadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="56"/>
        <source>Naloxone kits dispensed</source>
        <translation>Kits de naloxona entregados</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="57"/>
        <source>No figure of {label} is entered for {n} of the rows: their rate is left blank.</source>
        <translation>No hay cifra de {label} para {n} de las filas: su tasa queda en blanco.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="58"/>
        <source>Not kept (counts only)</source>
        <translation>No se guarda (solo conteos)</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="59"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="60"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="61"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="62"/>
        <source>Other ages</source>
        <translation>Otras edades</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="63"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="64"/>
        <source>Outcome of the referral</source>
        <translation>Resultado de la derivación</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="65"/>
        <source>Overdose reversals reported</source>
        <translation>Reversiones de sobredosis informadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="66"/>
        <source>Overdose survivors with a follow-up within 30 days</source>
        <translation>Sobrevivientes de sobredosis con seguimiento en 30 días</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="67"/>
        <source>Overdose survivors with a follow-up within 7 days</source>
        <translation>Sobrevivientes de sobredosis con seguimiento en 7 días</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="68"/>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="69"/>
        <source>Participant category</source>
        <translation>Categoría de participante</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="70"/>
        <source>Partner</source>
        <translation>Organización asociada</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="71"/>
        <source>Partner category</source>
        <translation>Categoría de la organización asociada</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="72"/>
        <source>People connected</source>
        <translation>Personas conectadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="73"/>
        <source>People connected, of people referred</source>
        <translation>Personas conectadas, de las personas derivadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="74"/>
        <source>People given a kit again within {days} days</source>
        <translation>Personas que recibieron otro kit en {days} días</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="75"/>
        <source>People referred</source>
        <translation>Personas derivadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="76"/>
        <source>People released with a follow-up within 30 days</source>
        <translation>Personas liberadas con seguimiento en 30 días</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="77"/>
        <source>People released with a follow-up within 7 days</source>
        <translation>Personas liberadas con seguimiento en 7 días</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="78"/>
        <source>People trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="79"/>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="80"/>
        <source>Percentages are of all {n} (N).</source>
        <translation>Los porcentajes son del total de {n} (N).</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="81"/>
        <source>Percentages are of the {n} with an answer (N); 1 not recorded is left out.</source>
        <translation>Los porcentajes son de los {n} con respuesta (N); se excluye 1 no registrado.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="82"/>
        <source>Percentages are of the {n} with an answer (N); {missing} not recorded are left out.</source>
        <translation>Los porcentajes son de los {n} con respuesta (N); se excluyen {missing} no registrados.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="83"/>
        <source>Percentages are withheld ({mark}): their base would reveal a suppressed count.</source>
        <translation>Los porcentajes se ocultan ({mark}): su base revelaría un recuento suprimido.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="84"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="85"/>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="86"/>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="87"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="88"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="89"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="90"/>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="91"/>
        <source>Rate per {per}</source>
        <translation>Tasa por {per}</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="92"/>
        <source>Referrals made</source>
        <translation>Derivaciones realizadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="93"/>
        <source>Referred from</source>
        <translation>Derivado desde</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="94"/>
        <source>Refill reason</source>
        <translation>Motivo de la reposición</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="95"/>
        <source>Refills per person given kits</source>
        <translation>Reposiciones por persona que recibió kits</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="96"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="97"/>
        <source>Replacement kit offered</source>
        <translation>Se ofreció un kit de reposición</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="98"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="99"/>
        <source>Reporting period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="100"/>
        <source>Rescue breathing given</source>
        <translation>Se dio respiración de rescate</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="101"/>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="102"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="103"/>
        <source>Setting</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="104"/>
        <source>Since the program began</source>
        <translation>Desde el inicio del programa</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="105"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="106"/>
        <source>Site county</source>
        <translation>Condado del sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="107"/>
        <source>Site type</source>
        <translation>Tipo de sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="108"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="109"/>
        <source>Small cells</source>
        <translation>Celdas pequeñas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="110"/>
        <source>Stayed with the person</source>
        <translation>Se quedó con la persona</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="111"/>
        <source>Substances suspected</source>
        <translation>Sustancias sospechadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="112"/>
        <source>Supply</source>
        <translation>Tipo de entrega</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="113"/>
        <source>Supply source</source>
        <translation>Origen de la entrega</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="114"/>
        <source>Suppressed cells are left out of the chart.</source>
        <translation>Las celdas suprimidas no se muestran en el gráfico.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="115"/>
        <source>Suppressed: {small}.</source>
        <translation>Suprimido: {small}.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="116"/>
        <source>Suppressed: {small}; {further} so that no small count can be worked out from a total.</source>
        <translation>Suprimido: {small}; {further} para que ningún recuento pequeño pueda deducirse de un total.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="120"/>
        <source>Taken to hospital</source>
        <translation>Llevado al hospital</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="121"/>
        <source>The {n} largest of {rows} rows are drawn.</source>
        <translation>Se dibujan las {n} filas mayores de {rows}.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="122"/>
        <source>The {n} largest of {rows} rows are printed; the total counts all of them, and the spreadsheet version lists every row.</source>
        <translation>Se imprimen las {n} filas mayores de {rows}; el total las cuenta todas, y la versión en hoja de cálculo enumera cada fila.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="126"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="127"/>
        <source>Training attendances</source>
        <translation>Asistencias a capacitaciones</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="128"/>
        <source>Training format</source>
        <translation>Formato de la capacitación</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="129"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="130"/>
        <source>Warm hand-off</source>
        <translation>Derivación acompañada</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="131"/>
        <source>Who gave naloxone</source>
        <translation>Quién dio la naloxona</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="132"/>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="133"/>
        <source>{breakdown}: one report can name several, so these add up to more than the total.</source>
        <translation>{breakdown}: un informe puede indicar varias, así que estas suman más que el total.</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="134"/>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="135"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="136"/>
        <source>{n} counts from 1 to {threshold} shown as {mark} to protect the people counted</source>
        <translation>{n} recuentos de 1 a {threshold} se muestran como {mark} para proteger a las personas contadas</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="137"/>
        <source>{n} further cells marked {mark} (of any size)</source>
        <translation>{n} celdas más marcadas {mark} (de cualquier tamaño)</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="138"/>
        <source>{period} to date</source>
        <translation>{period} hasta la fecha</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="139"/>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <location filename="../ui/text/report_texts.py" line="140"/>
        <source>{when} by {user}</source>
        <translation>{when}, por {user}</translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="94"/>
        <source>Funder report</source>
        <translation>Informe para el financiador</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="107"/>
        <source>Hide small counts (for publication)</source>
        <translation>Ocultar recuentos pequeños (para publicar)</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="108"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="116"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="117"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="118"/>
        <source>None ticked: all your sites.</source>
        <translation>Sin marcar: todos sus sitios.</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="135"/>
        <source>Template %1.toml cannot be used:</source>
        <translation>La plantilla %1.toml no se puede usar:</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="137"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../ui/outputs/files.py" line="20"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/outputs/files.py" line="21"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/outputs/files.py" line="22"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/outputs/files.py" line="55"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/outputs/files.py" line="62"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../ui/outputs/files.py" line="73"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../ui/outputs/preview.py" line="96"/>
        <source>All my sites</source>
        <translation>Todos mis sitios</translation>
    </message>
    <message>
        <location filename="../ui/outputs/preview.py" line="97"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/outputs/preview.py" line="100"/>
        <source>counts of 1 to %1 shown as &lt;%2, cells withheld to protect them as %3</source>
        <translation>recuentos de 1 a %1 mostrados como &lt;%2, celdas ocultadas para protegerlos como %3</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/pages/reports.py" line="64"/>
        <source>Stopped; nothing was saved.</source>
        <translation>Detenido; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="70"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="70"/>
        <source>Show the tables here</source>
        <translation>Mostrar las tablas aquí</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="71"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="72"/>
        <source>Save XLSX…</source>
        <translation>Guardar XLSX…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="102"/>
        <source>Choose a report and a period, then Preview</source>
        <translation>Elija un informe y un período, y pulse Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="103"/>
        <source>The tables appear here exactly as they will be printed; then save them as PDF or XLSX.</source>
        <translation>Las tablas aparecen aquí tal como se imprimirán; después guárdelas en PDF o XLSX.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="112"/>
        <location filename="../ui/pages/reports.py" line="127"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="130"/>
        <source>Funder reports, spreadsheets, rosters and certificates</source>
        <translation>Informes para financiadores, hojas de cálculo, listas y certificados</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="138"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="194"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="207"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="228"/>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="232"/>
        <source>Saved %1 (%2).</source>
        <translation>Guardado %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports.py" line="235"/>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/reset_password.py" line="39"/>
        <location filename="../ui/dialogs/reset_password.py" line="69"/>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reset_password.py" line="46"/>
        <source>Give this temporary password to %1 in person. They can change it once signed in. You can also type one of your own.</source>
        <translation>Entregue esta contraseña temporal a %1 en persona. Podrá cambiarla al iniciar sesión. También puede escribir una usted.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reset_password.py" line="53"/>
        <source>The account is disabled: resetting the password turns it back on.</source>
        <translation>La cuenta está desactivada: al restablecer la contraseña se vuelve a activar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reset_password.py" line="96"/>
        <source>Password: %1</source>
        <translation>Contraseña: %1</translation>
    </message>
</context>
<context>
    <name>RetiringList</name>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="43"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="43"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="43"/>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="49"/>
        <location filename="../ui/pages/set_up_lists.py" line="51"/>
        <location filename="../ui/pages/set_up_lists.py" line="64"/>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="51"/>
        <source>Reinstate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="66"/>
        <source>%1 will no longer be offered on new records. Records that name it keep it. Retire it?</source>
        <translation>%1 ya no se ofrecerá en registros nuevos. Los registros que lo mencionan lo conservan. ¿Retirarlo?</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="72"/>
        <source>%1 is retired.</source>
        <translation>%1 está retirado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="74"/>
        <source>%1 is in use again.</source>
        <translation>%1 vuelve a estar en uso.</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../ui/dialogs/reversal.py" line="77"/>
        <location filename="../ui/dialogs/reversal.py" line="83"/>
        <location filename="../ui/dialogs/reversal.py" line="84"/>
        <location filename="../ui/dialogs/reversal.py" line="88"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reversal.py" line="89"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reversal.py" line="90"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reversal.py" line="93"/>
        <source>Edit a reversal report</source>
        <translation>Corregir un reporte de reversión</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reversal.py" line="132"/>
        <source>use hours and minutes, e.g. 21:30</source>
        <translation>use horas y minutos, p. ej. 21:30</translation>
    </message>
</context>
<context>
    <name>ReversalForm</name>
    <message>
        <location filename="../../forms/reversal.ui" line="14"/>
        <source>Record an overdose reversal</source>
        <translation>Registrar una reversión de sobredosis</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="23"/>
        <source>Only the date is needed. Fill in what the person is willing to tell; every other answer is optional.</source>
        <translation>Solo se necesita la fecha. Anote lo que la persona quiera contar; todo lo demás es opcional.</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="48"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="69"/>
        <source>T&amp;ime</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="82"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM (opcional)</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="96"/>
        <source>&amp;Reported at</source>
        <translation>&amp;Sitio</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="116"/>
        <source>Re&amp;ported by</source>
        <translation>Notificado &amp;por</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="129"/>
        <source>Participant code (optional)</source>
        <translation>Código del participante (opcional)</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="143"/>
        <source>&amp;ZIP</source>
        <translation>&amp;Código postal</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="156"/>
        <location filename="../../forms/reversal.ui" line="183"/>
        <location filename="../../forms/reversal.ui" line="480"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="170"/>
        <source>Cou&amp;nty</source>
        <translation>C&amp;ondado</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="197"/>
        <source>Se&amp;tting</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="217"/>
        <source>&amp;Who gave it</source>
        <translation>&amp;Quién la administró</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="237"/>
        <source>&amp;Age of person</source>
        <translation>E&amp;dad de la persona</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="257"/>
        <source>&amp;Gender</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="277"/>
        <source>Pr&amp;oduct</source>
        <translation>P&amp;roducto</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="297"/>
        <source>Do&amp;ses</source>
        <translation>Dos&amp;is</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="313"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="327"/>
        <source>&amp;Fentanyl suspected</source>
        <translation>Sospecha de fent&amp;anilo</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="347"/>
        <source>&amp;Conscious before</source>
        <translation>Consciente an&amp;tes</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="367"/>
        <source>Rescue &amp;breathing</source>
        <translation>R&amp;espiración de rescate</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="387"/>
        <source>&amp;911 called</source>
        <translation>Se llamó al &amp;911</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="407"/>
        <source>&amp;EMS arrived</source>
        <translation>Llegó la am&amp;bulancia</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="427"/>
        <source>O&amp;utcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="447"/>
        <source>&amp;Linked to care</source>
        <translation>&amp;Vinculado a atención</translation>
    </message>
    <message>
        <location filename="../../forms/reversal.ui" line="467"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>ReversalsPage</name>
    <message>
        <location filename="../ui/pages/reversals.py" line="32"/>
        <source>Record a reversal</source>
        <translation>Registrar reversión</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="32"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="43"/>
        <source>Give replacement kit</source>
        <translation>Dar kit de reposición</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="43"/>
        <source>A refill for the kit used in this reversal</source>
        <translation>Una reposición del kit usado en esta reversión</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="48"/>
        <source>Refer…</source>
        <translation>Derivar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="50"/>
        <source>Refer the person who overdosed, or their family, to a service</source>
        <translation>Derivar a un servicio a la persona que sufrió la sobredosis o a su familia</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="54"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="54"/>
        <source>Correct the report chosen</source>
        <translation>Corregir el reporte elegido</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="57"/>
        <source>Void…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="57"/>
        <source>Void a report made by mistake or twice</source>
        <translation>Anular un reporte registrado por error o dos veces</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="73"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="74"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="75"/>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="75"/>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="76"/>
        <source>Who gave naloxone</source>
        <translation>Quién dio la naloxona</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="77"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="78"/>
        <source>911 called</source>
        <translation>¿Al 911?</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="80"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="86"/>
        <source>Replacement</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="88"/>
        <source>%1 kit(s) given</source>
        <translation>%1 kit(s)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="181"/>
        <source>the reversal report of %1</source>
        <translation>el reporte de reversión del %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="110"/>
        <location filename="../ui/pages/reversals.py" line="95"/>
        <source>Reversals</source>
        <translation>Reversiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="98"/>
        <source>Overdoses reversed with naloxone, as people report them back</source>
        <translation>Sobredosis revertidas con naloxona, según lo que informan las personas</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="123"/>
        <source>%1 reports</source>
        <translation>%1 reportes</translation>
    </message>
    <message>
        <location filename="../ui/pages/reversals.py" line="123"/>
        <source>No reports yet</source>
        <translation>Todavía no hay reportes</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="58"/>
        <source>Participant ID</source>
        <translation>ID de participante</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="59"/>
        <source>Facility number (inmate or booking)</source>
        <translation>Número del centro (de recluso o de registro)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="60"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="61"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="62"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="63"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="64"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="65"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="66"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="67"/>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="68"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="69"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="70"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="71"/>
        <source>Expected release</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="72"/>
        <source>Home site</source>
        <translation>Sitio principal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="73"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="74"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="103"/>
        <source>Import a roster</source>
        <extracomment>The import was written (an ``ImportResult``).</extracomment>
        <translation>Importar una lista de personas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="110"/>
        <source>Columns in the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="128"/>
        <source>Choose an Excel (.xlsx) or CSV file with one person per row.</source>
        <translation>Elija un archivo Excel (.xlsx) o CSV con una persona por fila.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="131"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="142"/>
        <source>No home site</source>
        <translation>Sin sitio principal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="149"/>
        <source>None: every row must give one</source>
        <translation>Ninguna: cada fila debe indicarla</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="151"/>
        <source>Home site</source>
        <translation>Sitio principal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="152"/>
        <source>Category for rows without one</source>
        <translation>Categoría para filas sin categoría</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="154"/>
        <source>Everyone on the roster is also recorded as attending this training session.</source>
        <translation>Todas las personas de la lista quedan registradas también como asistentes a esta capacitación.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="179"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="179"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="179"/>
        <source>Why it is refused</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="193"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="196"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="207"/>
        <source>Choose a roster</source>
        <translation>Elegir una lista</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="207"/>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>Listas (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="224"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="230"/>
        <source>%1 (column headers on row %2)</source>
        <translation>%1 (encabezados de columna en la fila %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="235"/>
        <source>— not in the file —</source>
        <translation>— no está en el archivo —</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="262"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="291"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="307"/>
        <source>Cannot use this file: %1</source>
        <translation>No se puede usar este archivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="309"/>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="329"/>
        <source>Nothing was imported: the rows below were refused while saving.</source>
        <translation>No se importó nada: las filas de abajo se rechazaron al guardar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="346"/>
        <source>Imported: %1 enrolled, %2 already enrolled, %3 added to the session, %4 rows skipped.</source>
        <translation>Importado: %1 inscritas, %2 ya inscritas, %3 añadidas a la sesión, %4 filas omitidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="353"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="360"/>
        <source>Nothing is imported until you confirm.</source>
        <translation>No se importa nada hasta que usted confirme.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="364"/>
        <source>Import %1 people</source>
        <translation>Importar %1 personas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="366"/>
        <source>Import %1 people, skip %2 rows</source>
        <translation>Importar %1 personas, omitir %2 filas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/roster_import.py" line="369"/>
        <source>%1 to enrol, %2 already enrolled, %3 rows refused. Nothing is imported until you confirm.</source>
        <translation>%1 por inscribir, %2 ya inscritas, %3 filas rechazadas. No se importa nada hasta que usted confirme.</translation>
    </message>
</context>
<context>
    <name>RosterSection</name>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="209"/>
        <source>Import a roster</source>
        <translation>Importar una lista de personas</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="210"/>
        <source>Enrol a release class or a sign-in sheet from Excel or CSV.</source>
        <translation>Inscriba una clase de excarcelación o una hoja de asistencia desde Excel o CSV.</translation>
    </message>
    <message>
        <location filename="../ui/outputs/report_forms.py" line="211"/>
        <source>Import a roster…</source>
        <translation>Importar una lista…</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <location filename="../ui/session/controls.py" line="152"/>
        <source>The backup could not be restored: %1</source>
        <translation>No se pudo restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/controls.py" line="155"/>
        <source>The backup %1 was restored. The damaged file was kept as %2.</source>
        <translation>Se restauró la copia de seguridad %1. El archivo dañado se guardó como %2.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings.py" line="34"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="38"/>
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="41"/>
        <source>Lock the app after</source>
        <translation>Bloquear la aplicación tras</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="45"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="46"/>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="47"/>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="120"/>
        <location filename="../ui/pages/settings.py" line="52"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="55"/>
        <source>Language and this computer&apos;s data</source>
        <translation>Idioma y datos de esta computadora</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../ui/session/setup.py" line="62"/>
        <source>Set up OEND tracker</source>
        <extracomment>What the steps after the first import: the database code, loaded once the wizard is up (``preload``).</extracomment>
        <translation>Configurar Registro OEND</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="80"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="84"/>
        <source>Let&apos;s set up OEND tracker for your program. You will be its first administrator: you can add the rest of your team afterwards. The records are encrypted on this computer.</source>
        <translation>Configuremos Registro OEND para su programa. Usted será su primer administrador: después puede agregar al resto de su equipo. Los registros se cifran en esta computadora.</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="102"/>
        <source>for example: Riverside Harm Reduction</source>
        <translation>por ejemplo: Reducción de Daños Riverside</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="104"/>
        <source>lower case, no spaces: maria.lopez</source>
        <translation>minúsculas, sin espacios: maria.lopez</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="106"/>
        <source>as your team knows you: Maria Lopez</source>
        <translation>como le conoce su equipo: María López</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="109"/>
        <source>at least 10 characters; a few words are best</source>
        <translation>al menos 10 caracteres; mejor unas cuantas palabras</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="113"/>
        <source>&amp;Program name</source>
        <translation>Nombre del &amp;programa</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="114"/>
        <source>Your &amp;user name</source>
        <translation>Su nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="115"/>
        <source>Your &amp;full name</source>
        <translation>Su nombre &amp;completo</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="116"/>
        <source>Pass&amp;word</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="117"/>
        <source>Password &amp;again</source>
        <translation>Repita la contraseñ&amp;a</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="132"/>
        <source>Join an existing program…</source>
        <translation>Unirse a un programa existente…</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="136"/>
        <source>Set up a new program</source>
        <translation>Crear un programa nuevo</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="146"/>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="147"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="148"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="149"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="164"/>
        <source>does not match the password above</source>
        <translation>no coincide con la contraseña de arriba</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="201"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="204"/>
        <source>If every password is ever forgotten, this key is the only way to open your program&apos;s records. Nobody else has a copy, not even the people who make this app.</source>
        <translation>Si algún día se olvidan todas las contraseñas, esta clave es la única forma de abrir los registros de su programa. Nadie más tiene una copia, ni siquiera quienes hacen esta aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="223"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="226"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="242"/>
        <source>&lt;b&gt;Write it down or print it now&lt;/b&gt;, and keep it somewhere safe away from this laptop (a locked drawer at the office). &lt;b&gt;The app will not show it again.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anótela o imprímala ahora&lt;/b&gt; y guárdela en un lugar seguro lejos de esta laptop (un cajón con llave en la oficina). &lt;b&gt;La aplicación no volverá a mostrarla.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="250"/>
        <source>I have written down the recovery key and put it somewhere safe</source>
        <translation>Anoté la clave de recuperación y la guardé en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="253"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="307"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="366"/>
        <source>Your program is ready. Sign in to start.</source>
        <translation>Su programa está listo. Inicie sesión para empezar.</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="367"/>
        <source>the program</source>
        <translation>el programa</translation>
    </message>
    <message>
        <location filename="../ui/session/setup.py" line="368"/>
        <source>This laptop has joined %1: sign in with your account.</source>
        <translation>Este portátil se unió a %1: inicie sesión con su cuenta.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/session/sign_in.py" line="42"/>
        <source>%1 seconds</source>
        <extracomment>What signing in imports: the database code, loaded once the dialog is up (``preload``).</extracomment>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="43"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="66"/>
        <source>Sign in — OEND tracker</source>
        <translation>Iniciar sesión — Registro OEND</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="72"/>
        <location filename="../ui/session/sign_in.py" line="105"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="73"/>
        <source>Enter your user name and password to open your program&apos;s records.</source>
        <translation>Escriba su nombre de usuario y contraseña para abrir los registros de su programa.</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="87"/>
        <source>for example: maria.lopez</source>
        <translation>por ejemplo: maria.lopez</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="90"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="91"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="99"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="120"/>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="141"/>
        <source>That user name and password do not match. Check them and try again.</source>
        <translation>El nombre de usuario y la contraseña no coinciden. Revíselos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="143"/>
        <source>You cannot sign in: %1.</source>
        <translation>No puede iniciar sesión: %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="147"/>
        <source>This database is already open in another OEND window. Close that window first.</source>
        <translation>Esta base de datos ya está abierta en otra ventana de OEND. Cierre primero esa ventana.</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="152"/>
        <source>The database cannot be opened: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="171"/>
        <source>Too many wrong passwords. For your safety, wait %1 before trying again.</source>
        <translation>Demasiadas contraseñas incorrectas. Por su seguridad, espere %1 antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/session/sign_in.py" line="182"/>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../ui/dialogs/program.py" line="67"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="69"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="71"/>
        <source>New site</source>
        <translation>Nuevo sitio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="73"/>
        <source>Edit site %1</source>
        <translation>Editar el sitio %1</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../forms/site.ui" line="14"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="23"/>
        <source>Where the program trains people and hands out kits. Only the name, kind and code are required.</source>
        <translation>Donde el programa capacita a las personas y entrega kits. Solo se piden el nombre, el tipo y el código.</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="48"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="61"/>
        <source>e.g. VAN1</source>
        <translation>p. ej. VAN1</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="75"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="88"/>
        <source>e.g. Eastside outreach van</source>
        <translation>p. ej. Camioneta de alcance del este</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="102"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="122"/>
        <source>&amp;Partner</source>
        <translation>&amp;Socio</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="142"/>
        <source>Co&amp;unty</source>
        <translation>Con&amp;dado</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="155"/>
        <location filename="../../forms/site.ui" line="209"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="169"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="182"/>
        <source>Optional: reports roll sites up by region</source>
        <translation>Opcional: los informes agrupan los sitios por región</translation>
    </message>
    <message>
        <location filename="../../forms/site.ui" line="196"/>
        <source>&amp;ZIP code</source>
        <translation>Código &amp;postal</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../ui/outputs/sites.py" line="41"/>
        <source>Tick the sites to include; with none ticked, every site you work at is included</source>
        <translation>Marque los sitios que desea incluir; sin ninguno marcado, se incluyen todos sus sitios</translation>
    </message>
</context>
<context>
    <name>SitesList</name>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="83"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="84"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="85"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="86"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="87"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="88"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="94"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="96"/>
        <source>Add site</source>
        <translation>Agregar sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="101"/>
        <source>Site %1 added.</source>
        <translation>Se agregó el sitio %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="107"/>
        <source>Site %1 saved.</source>
        <translation>Se guardó el sitio %1.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/main_window.py" line="113"/>
        <location filename="../ui/pages/sync.py" line="208"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="113"/>
        <source>The device the sync file is for</source>
        <extracomment>Who settles a conflict (as ``resolve_conflict`` allows). How a number sits in its column, under its header. Every write changes what waits to go; a sync file read changes anything.</extracomment>
        <translation>El dispositivo al que va el archivo de sincronización</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="116"/>
        <source>Write a sync file…</source>
        <translation>Escribir archivo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="116"/>
        <source>Save what the other device has not seen</source>
        <translation>Guardar lo que el otro dispositivo aún no ha visto</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="119"/>
        <source>Read a sync file…</source>
        <translation>Leer archivo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="119"/>
        <source>Apply a sync file another device wrote</source>
        <translation>Aplicar un archivo de sincronización escrito por otro dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="122"/>
        <source>Sync with the server</source>
        <translation>Sincronizar con el servidor</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="124"/>
        <source>Bring the server&apos;s changes, then send this laptop&apos;s</source>
        <translation>Traer los cambios del servidor y luego enviar los de este portátil</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="128"/>
        <source>Enrol a laptop…</source>
        <translation>Inscribir un portátil…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="128"/>
        <source>Write the file a new laptop joins the program with</source>
        <translation>Escribir el archivo con el que un portátil nuevo se une al programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="149"/>
        <source>Stopped: nothing was written or applied.</source>
        <translation>Detenido: no se escribió ni se aplicó nada.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="165"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="166"/>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="167"/>
        <source>Waiting to go</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="168"/>
        <source>In a sync file</source>
        <translation>En un archivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="169"/>
        <source>File written</source>
        <translation>Archivo escrito</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="176"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="177"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="179"/>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="179"/>
        <location filename="../ui/pages/sync.py" line="190"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="179"/>
        <source>Why it was refused</source>
        <translation>Por qué se rechazó</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="179"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="181"/>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="182"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="190"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="190"/>
        <source>Value kept</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="190"/>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="198"/>
        <source>Keep this value</source>
        <translation>Conservar este valor</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="198"/>
        <source>Confirm the value sync kept</source>
        <translation>Confirmar el valor que conservó la sincronización</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="199"/>
        <source>Use the other</source>
        <translation>Usar el otro</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="199"/>
        <source>Put the other device&apos;s value back</source>
        <translation>Volver a poner el valor del otro dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="211"/>
        <source>Share records with your program</source>
        <translation>Comparta los registros con su programa</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="224"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="226"/>
        <source>This device: %1 · last synced: %2</source>
        <translation>Este dispositivo: %1 · última sincronización: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="231"/>
        <source>For every device</source>
        <translation>Para todos los dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="233"/>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="255"/>
        <source>not directly</source>
        <translation>no directamente</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="266"/>
        <source>Refused on %1: %2. Correct the record here; the correction goes at the next sync.</source>
        <translation>Rechazado en %1: %2. Corrija el registro aquí; la corrección irá en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="457"/>
        <source>Waiting for earlier changes that have not arrived yet: %1.</source>
        <translation>Esperan a cambios anteriores que aún no han llegado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="462"/>
        <source>New conflicts to review: %1 (see Conflicts).</source>
        <translation>Conflictos nuevos que revisar: %1 (vea Conflictos).</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="466"/>
        <source>Changes refused: %1. The Refused tab says why, and what to fix on the device that sent them.</source>
        <translation>Cambios rechazados: %1. La pestaña Rechazados dice por qué y qué corregir en el dispositivo que los envió.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="247"/>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="248"/>
        <source>Refused (%1)</source>
        <translation>Rechazados (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="274"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="276"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="277"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="281"/>
        <source>No change waiting for it is in a sync file written here</source>
        <translation>Ningún cambio pendiente para él está en un archivo de sincronización escrito aquí</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="282"/>
        <source>Written to a sync file; they wait until that device reads it and syncs back</source>
        <translation>Escritos en un archivo de sincronización; esperan hasta que ese dispositivo lo lea y sincronice de vuelta</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="290"/>
        <source>%1 (from %2, %3)</source>
        <translation>%1 (de %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="315"/>
        <source>A coordinator settles conflicts.</source>
        <translation>Los conflictos los resuelve un coordinador.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="317"/>
        <source>No conflict to review.</source>
        <translation>No hay conflictos que revisar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="319"/>
        <source>Choose a conflict, then the value the record keeps.</source>
        <translation>Elija un conflicto y luego el valor que conserva el registro.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="338"/>
        <source>Enrolment file written: %1.</source>
        <translation>Archivo de inscripción escrito: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="344"/>
        <source>Write a sync file</source>
        <translation>Escribir un archivo de sincronización</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="351"/>
        <source>Read a sync file</source>
        <translation>Leer un archivo de sincronización</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="357"/>
        <source>Sync file (*.%1)</source>
        <translation>Archivo de sincronización (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="374"/>
        <source>Sync file written: %1 changes, %2. Carry it to the other device and read it there.</source>
        <translation>Archivo de sincronización escrito: %1 cambios, %2. Llévelo al otro dispositivo y léalo allí.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="380"/>
        <source>Writing the sync file…</source>
        <translation>Escribiendo el archivo de sincronización…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="395"/>
        <source>Reading the sync file…</source>
        <translation>Leyendo el archivo de sincronización…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="416"/>
        <source>Sent to the server: %1 changes, %2 applied there.</source>
        <translation>Enviados al servidor: %1 cambios, %2 aplicados allí.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="421"/>
        <source>Stopped: what was exchanged is kept; the rest goes at the next sync.</source>
        <translation>Detenido: lo intercambiado se conserva; el resto irá en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="425"/>
        <source>Syncing with the server…</source>
        <translation>Sincronizando con el servidor…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="445"/>
        <source>Nothing was written or applied: %1</source>
        <translation>No se escribió ni se aplicó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="451"/>
        <source>Changes applied: %1. Already here: %2.</source>
        <translation>Cambios aplicados: %1. Ya estaban aquí: %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="473"/>
        <source>device %1, %2 ahead</source>
        <translation>dispositivo %1, %2 adelantado</translation>
    </message>
    <message>
        <location filename="../ui/pages/sync.py" line="478"/>
        <source>A device&apos;s clock was far ahead, so this laptop did not follow it: %1. Its changes were applied; ask its user to set its date and time.</source>
        <translation>El reloj de un dispositivo iba muy adelantado, así que esta laptop no lo siguió: %1. Sus cambios se aplicaron; pida a su usuario que ajuste la fecha y la hora.</translation>
    </message>
</context>
<context>
    <name>TamperNotice</name>
    <message>
        <location filename="../ui/session/tampering.py" line="74"/>
        <location filename="../ui/session/tampering.py" line="79"/>
        <source>Changes made outside the app</source>
        <translation>Cambios hechos fuera de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="88"/>
        <source>Your account needs an administrator</source>
        <translation>Su cuenta necesita a un administrador</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="90"/>
        <source>Your role and sites were changed outside the app, so they could not be verified. Until an administrator reviews your account you work as an outreach worker with no sites.</source>
        <translation>Su rol y sus sitios se cambiaron fuera de la aplicación, así que no se pudieron verificar. Hasta que un administrador revise su cuenta, trabaja como trabajador de alcance sin sitios.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="93"/>
        <source>Tell your program&apos;s administrator.</source>
        <translation>Avise al administrador de su programa.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="98"/>
        <source>Rights changed outside the app</source>
        <translation>Permisos cambiados fuera de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="100"/>
        <source>These accounts&apos; role, sites or state no longer carry an administrator&apos;s signature: %1. They count only as outreach workers with no sites, and an account that was disabled cannot sign in.</source>
        <translation>El rol, los sitios o el estado de estas cuentas ya no llevan la firma de un administrador: %1. Cuentan solo como trabajadores de alcance sin sitios, y una cuenta que estaba desactivada no puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="105"/>
        <source>On the Users page, reset each account&apos;s password or disable it: either signs it again with the lowest rights. Then find out who opened the database outside the app.</source>
        <translation>En la página Usuarios, restablezca la contraseña de cada cuenta o desactívela: cualquiera de las dos la vuelve a firmar con los permisos mínimos. Después averigüe quién abrió la base de datos fuera de la aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="109"/>
        <source>Tell an administrator: only they can review these accounts, on the Users page.</source>
        <translation>Avise a un administrador: solo él puede revisar estas cuentas, en la página Usuarios.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="114"/>
        <source>The program&apos;s signing key was changed</source>
        <translation>Se cambió la clave de firma del programa</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="116"/>
        <source>The setting that names the key which signs users&apos; rights was changed outside the app. The app keeps to the program&apos;s own key, so the change gives no one any rights.</source>
        <translation>El ajuste que indica la clave que firma los permisos de los usuarios se cambió fuera de la aplicación. La aplicación se atiene a la clave propia del programa, así que el cambio no da permisos a nadie.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="119"/>
        <source>An administrator&apos;s sign-in puts the key back. Find out who changed the database.</source>
        <translation>Al iniciar sesión un administrador, la clave se restablece. Averigüe quién cambió la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="124"/>
        <source>A setting that grants rights was changed</source>
        <translation>Se cambió un ajuste que concede permisos</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="126"/>
        <source>The number of days outreach workers may correct their own entries was changed outside the app. The app keeps to its default until an administrator sets the number again.</source>
        <translation>El número de días en que los trabajadores de alcance pueden corregir sus propios registros se cambió fuera de la aplicación. La aplicación usa su valor predeterminado hasta que un administrador vuelva a fijarlo.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="129"/>
        <source>An administrator sets it again under Settings. Find out who changed the database.</source>
        <translation>Un administrador lo vuelve a fijar en Configuración. Averigüe quién cambió la base de datos.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="131"/>
        <source>Tell an administrator: only they can set it again.</source>
        <translation>Avise a un administrador: solo él puede volver a fijarlo.</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="136"/>
        <source>The audit trail was changed outside the app</source>
        <translation>El registro de auditoría se cambió fuera de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="139"/>
        <source>Keep a copy of the database file and its backups before anything else: they show what the trail said before. The Audit trail page checks the trail again (Check the trail).</source>
        <translation>Antes que nada, guarde una copia del archivo de la base de datos y de sus copias de seguridad: muestran lo que decía el registro antes. La página Registro de auditoría vuelve a comprobarlo (Comprobar el registro).</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="155"/>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="162"/>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../ui/session/tampering.py" line="174"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../ui/pages/today.py" line="53"/>
        <source>Show the list behind this figure</source>
        <extracomment>Follow-ups due are counted up to this many; the figure then reads &quot;1,000+&quot; (the list behind it has them all).</extracomment>
        <translation>Ver la lista detrás de esta cifra</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ui/pages/today.py" line="141"/>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="154"/>
        <location filename="../ui/pages/today.py" line="344"/>
        <source>People trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="155"/>
        <location filename="../ui/pages/today.py" line="365"/>
        <source>Kits handed out</source>
        <translation>Kits entregados</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="156"/>
        <location filename="../ui/pages/today.py" line="372"/>
        <source>Reversals reported</source>
        <translation>Reversiones notificadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="157"/>
        <location filename="../ui/pages/today.py" line="379"/>
        <source>Due a new kit</source>
        <translation>Necesitan kit nuevo</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="171"/>
        <source>Kits by month</source>
        <translation>Kits por mes</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="172"/>
        <source>Why people needed a refill</source>
        <translation>Motivos de reposición</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="180"/>
        <location filename="../ui/pages/today.py" line="181"/>
        <location filename="../ui/pages/today.py" line="215"/>
        <source>Show all…</source>
        <translation>Ver todo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="180"/>
        <source>Every product running low</source>
        <translation>Todos los productos con pocas existencias</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="181"/>
        <source>Every lot expiring soon</source>
        <translation>Todos los lotes que vencen pronto</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="186"/>
        <location filename="../ui/pages/today.py" line="330"/>
        <source>Stock running low</source>
        <translation>Inventario bajo</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="187"/>
        <location filename="../ui/pages/today.py" line="338"/>
        <source>Lots expiring within 90 days</source>
        <translation>Lotes que vencen en 90 días</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="106"/>
        <location filename="../ui/pages/today.py" line="223"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="135"/>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="135"/>
        <source>Show every site you work at</source>
        <translation>Mostrar todos los sitios donde trabaja</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="211"/>
        <location filename="../ui/pages/today.py" line="403"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="215"/>
        <source>Every follow-up due</source>
        <translation>Todos los seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="226"/>
        <source>Your site at a glance</source>
        <translation>Su sitio de un vistazo</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="250"/>
        <source>This laptop has not synced for %1 days: write a sync file for your coordinator on the Sync page.</source>
        <translation>Esta laptop lleva %1 días sin sincronizar: escriba un archivo de sincronización para su coordinador en la página Sincronizar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="255"/>
        <source>unduplicated, in the period</source>
        <translation>sin duplicados, en el período</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="257"/>
        <source>%1 new · %2 refills</source>
        <translation>%1 nuevos · %2 reposiciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="259"/>
        <source>overdoses reversed with naloxone</source>
        <translation>sobredosis revertidas con naloxona</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="262"/>
        <source>%1 whose kit expired · %2 used it, no refill yet</source>
        <translation>%1 con kit vencido · %2 lo usaron, aún sin reposición</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="267"/>
        <source>Follow-ups due (%1)</source>
        <translation>Seguimientos pendientes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="270"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="272"/>
        <source>not enrolled</source>
        <translation>no inscrito</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="273"/>
        <source>after release</source>
        <translation>tras la excarcelación</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="276"/>
        <source>No follow-up is due.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="287"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="287"/>
        <source>Refill</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="293"/>
        <source>%1 · %2: %3 left</source>
        <translation>%1 · %2: quedan %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="299"/>
        <source>Every site has enough usable stock.</source>
        <translation>Todos los sitios tienen suficiente inventario utilizable.</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="304"/>
        <source>%1 · %2 lot %3: %4 kits, expires %5</source>
        <translation>%1 · %2 lote %3: %4 kits, vence %5</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="306"/>
        <source>%1 · %2 lot %3: %4 kits expired %5, to write off</source>
        <translation>%1 · %2 lote %3: %4 kits, vencieron %5, dar de baja</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="316"/>
        <source>
…and %1 more</source>
        <translation>
…y %1 más</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="320"/>
        <source>No lot expires in the next 90 days.</source>
        <translation>Ningún lote vence en los próximos 90 días.</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="328"/>
        <location filename="../ui/pages/today.py" line="333"/>
        <location filename="../ui/pages/today.py" line="343"/>
        <location filename="../ui/pages/today.py" line="349"/>
        <location filename="../ui/pages/today.py" line="370"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="328"/>
        <location filename="../ui/pages/today.py" line="333"/>
        <location filename="../ui/pages/today.py" line="349"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="328"/>
        <source>Usable kits left</source>
        <translation>Kits utilizables restantes</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="333"/>
        <location filename="../ui/pages/today.py" line="349"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="333"/>
        <location filename="../ui/pages/today.py" line="350"/>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="333"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="343"/>
        <location filename="../ui/pages/today.py" line="378"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="343"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="343"/>
        <source>Last trained</source>
        <translation>Última capacitación</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="349"/>
        <location filename="../ui/pages/today.py" line="370"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="349"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="350"/>
        <source>Supply</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="350"/>
        <source>Refill reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="351"/>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="370"/>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="370"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="377"/>
        <source>Every kit they hold has expired</source>
        <translation>Todos sus kits están vencidos</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="377"/>
        <source>Used their kit, no refill yet</source>
        <translation>Usó su kit, aún sin reposición</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="378"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="378"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/pages/today.py" line="414"/>
        <source>Showing the first %1 rows</source>
        <translation>Se muestran las primeras %1 filas</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../ui/dialogs/program.py" line="247"/>
        <source>New topic</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/program.py" line="247"/>
        <source>Rename topic</source>
        <translation>Cambiar el nombre del tema</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../../forms/topic.ui" line="14"/>
        <source>Curriculum topic</source>
        <translation>Tema de capacitación</translation>
    </message>
    <message>
        <location filename="../../forms/topic.ui" line="23"/>
        <source>A topic a training session may cover, in the words trainers tick on the training form.</source>
        <translation>Un tema que puede cubrir una sesión de capacitación, con las palabras que los capacitadores marcan en el formulario.</translation>
    </message>
    <message>
        <location filename="../../forms/topic.ui" line="48"/>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../forms/topic.ui" line="61"/>
        <source>e.g. Fentanyl test strips</source>
        <translation>p. ej. Tiras de prueba de fentanilo</translation>
    </message>
</context>
<context>
    <name>TopicsList</name>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="210"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="211"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="212"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="218"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="219"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="220"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="222"/>
        <source>Add topic</source>
        <translation>Agregar tema</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="233"/>
        <source>“%1” added at the end.</source>
        <translation>Se agregó “%1” al final.</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="238"/>
        <source>Renamed to “%1”.</source>
        <translation>Ahora se llama “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/pages/set_up_lists.py" line="252"/>
        <source>Order saved.</source>
        <translation>Se guardó el orden.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../ui/dialogs/training.py" line="66"/>
        <source>Someone else (name below)</source>
        <translation>Otra persona (nombre abajo)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/training.py" line="74"/>
        <source>Edit a training session</source>
        <translation>Corregir una sesión de capacitación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/training.py" line="91"/>
        <source>The trainer recorded</source>
        <translation>El capacitador registrado</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../forms/training.ui" line="14"/>
        <source>Record a training session</source>
        <translation>Registrar una sesión de capacitación</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="23"/>
        <source>Tick what the session covered. You add the people who attended on the next screen.</source>
        <translation>Marque los temas que cubrió la sesión. Las personas que asistieron se agregan en la siguiente pantalla.</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="48"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="69"/>
        <source>&amp;Site</source>
        <translation>&amp;Sitio</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="89"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="109"/>
        <source>&amp;Trainer</source>
        <translation>&amp;Capacitador</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="129"/>
        <source>Trainer &amp;name</source>
        <translation>No&amp;mbre del capacitador</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="142"/>
        <source>Someone without an account</source>
        <translation>Alguien sin cuenta</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="156"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="169"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../forms/training.ui" line="185"/>
        <source>Topics covered</source>
        <translation>Temas tratados</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../ui/pages/trainings.py" line="33"/>
        <source>Record a session</source>
        <translation>Registrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="33"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="47"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="50"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="50"/>
        <source>Correct the date, site, trainer or topics of the session chosen</source>
        <translation>Corregir la fecha, el sitio, el capacitador o los temas de la sesión elegida</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="55"/>
        <source>Void…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="55"/>
        <source>Void a session recorded by mistake or twice</source>
        <translation>Anular una sesión registrada por error o dos veces</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="59"/>
        <source>Refer…</source>
        <translation>Derivar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="59"/>
        <source>Refer someone from the session chosen to a service</source>
        <translation>Derivar a un servicio a alguien de la sesión elegida</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="82"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="83"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="84"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="85"/>
        <source>People</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="161"/>
        <source>the training session of %1</source>
        <translation>la sesión de capacitación del %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="108"/>
        <location filename="../ui/pages/trainings.py" line="89"/>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="92"/>
        <source>Sessions held, who attended, and the kits they took home</source>
        <translation>Sesiones realizadas, quién asistió y los kits que se llevaron</translation>
    </message>
    <message>
        <location filename="../ui/pages/trainings.py" line="120"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/dialogs/stock.py" line="265"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stock.py" line="270"/>
        <source>Edit a transfer</source>
        <translation>Corregir un traslado</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <location filename="../../forms/transfer.ui" line="14"/>
        <source>Transfer kits between sites</source>
        <translation>Transferir kits entre sitios</translation>
    </message>
    <message>
        <location filename="../../forms/transfer.ui" line="23"/>
        <source>Kits leave one site and arrive at another on the same day.</source>
        <translation>Los kits salen de un sitio y llegan a otro el mismo día.</translation>
    </message>
    <message>
        <location filename="../../forms/transfer.ui" line="48"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../forms/transfer.ui" line="68"/>
        <source>&amp;Lot</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <location filename="../../forms/transfer.ui" line="88"/>
        <source>&amp;To</source>
        <translation>&amp;Hacia</translation>
    </message>
    <message>
        <location filename="../../forms/transfer.ui" line="108"/>
        <source>&amp;Kits</source>
        <translation>&amp;Kits</translation>
    </message>
    <message>
        <location filename="../../forms/transfer.ui" line="135"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>TrustText</name>
    <message>
        <location filename="../ui/text/trust_text.py" line="22"/>
        <source>An event was added outside the app on device %1: %3, by %4 (it has no place in the trail).</source>
        <extracomment>Breaks named one by one; more are counted. Each flaw in words: %1 the device, %2 the event&apos;s number, %3 its time, %4 who it names, %5 the number missing before it, %6 the checkpoint&apos;s time.</extracomment>
        <translation>Se añadió un evento fuera de la aplicación en el dispositivo %1: %3, por %4 (no tiene lugar en el registro).</translation>
    </message>
    <message>
        <location filename="../ui/text/trust_text.py" line="25"/>
        <source>Event number %5 on device %1 is missing (deleted). The trail goes on at number %2: %3, by %4.</source>
        <translation>Falta el evento número %5 del dispositivo %1 (borrado). El registro sigue en el número %2: %3, por %4.</translation>
    </message>
    <message>
        <location filename="../ui/text/trust_text.py" line="28"/>
        <source>Event number %2 on device %1 (%3, by %4) does not follow the event before it, which was replaced or removed.</source>
        <translation>El evento número %2 del dispositivo %1 (%3, por %4) no sigue al evento anterior, que se reemplazó o se quitó.</translation>
    </message>
    <message>
        <location filename="../ui/text/trust_text.py" line="32"/>
        <source>Event number %2 on device %1 (%3, by %4) was changed after it was written.</source>
        <translation>El evento número %2 del dispositivo %1 (%3, por %4) se cambió después de escribirse.</translation>
    </message>
    <message>
        <location filename="../ui/text/trust_text.py" line="35"/>
        <source>The checkpoint of %6 for device %1 was not signed by the program&apos;s key: it was written outside the app.</source>
        <translation>El punto de control del %6 del dispositivo %1 no lo firmó la clave del programa: se escribió fuera de la aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/text/trust_text.py" line="39"/>
        <source>Event number %2 on device %1, which the checkpoint of %6 names, is missing: events were deleted or the trail was cut short.</source>
        <translation>Falta el evento número %2 del dispositivo %1, que nombra el punto de control del %6: se borraron eventos o se recortó el registro.</translation>
    </message>
    <message>
        <location filename="../ui/text/trust_text.py" line="44"/>
        <source>Event number %2 on device %1 (%3, by %4), which the checkpoint of %6 names, is not as it was signed: events up to it were rewritten.</source>
        <translation>El evento número %2 del dispositivo %1 (%3, por %4), que nombra el punto de control del %6, no está como se firmó: se reescribieron eventos hasta él.</translation>
    </message>
    <message>
        <location filename="../ui/text/trust_text.py" line="72"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/dialogs/user.py" line="54"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/user.py" line="55"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/user.py" line="56"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/user.py" line="57"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/user.py" line="58"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/user.py" line="74"/>
        <source>does not match the password above</source>
        <translation>no coincide con la contraseña de arriba</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../forms/user.ui" line="9"/>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="16"/>
        <source>The new user signs in with this password and can change it later. Outreach workers and site leads see only the sites ticked below.</source>
        <translation>El nuevo usuario inicia sesión con esta contraseña y puede cambiarla después. Los trabajadores de alcance y los responsables de sitio ven solo los sitios marcados abajo.</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="32"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="39"/>
        <source>lower case, no spaces: maria.lopez</source>
        <translation>minúsculas, sin espacios: maria.lopez</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="47"/>
        <source>&amp;Full name</source>
        <translation>Nombre &amp;completo</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="61"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="73"/>
        <source>&amp;Sites</source>
        <translation>&amp;Sitios</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="88"/>
        <source>Pass&amp;word</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="95"/>
        <source>at least 10 characters; a few words are best</source>
        <translation>al menos 10 caracteres; mejor unas cuantas palabras</translation>
    </message>
    <message>
        <location filename="../../forms/user.ui" line="103"/>
        <source>Password &amp;again</source>
        <translation>Repita la contraseñ&amp;a</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../ui/models/users.py" line="46"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/models/users.py" line="46"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../ui/models/users.py" line="46"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../ui/models/users.py" line="46"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../ui/models/users.py" line="46"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/models/users.py" line="65"/>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <location filename="../ui/models/users.py" line="67"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../ui/models/users.py" line="67"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/pages/users.py" line="35"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="38"/>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="40"/>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="41"/>
        <source>Add someone to your team (Ctrl+N)</source>
        <translation>Agregar a alguien a su equipo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="121"/>
        <location filename="../ui/pages/users.py" line="76"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="79"/>
        <source>Who can sign in, their role and their sites</source>
        <translation>Quién puede iniciar sesión, su función y sus sitios</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="110"/>
        <source>%1 can now sign in.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="120"/>
        <source>Disable user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="121"/>
        <source>%1 will no longer be able to sign in. Their records stay. Disable the account?</source>
        <translation>%1 ya no podrá iniciar sesión. Sus registros se conservan. ¿Desactivar la cuenta?</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="144"/>
        <source>Disabling %1 and encrypting the database with a new key…</source>
        <translation>Desactivando a %1 y cifrando la base de datos con una clave nueva…</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="153"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="155"/>
        <source>The database and its backups are encrypted with a new key.</source>
        <translation>La base de datos y sus copias de seguridad están cifradas con una clave nueva.</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="157"/>
        <source>Give these users a new password: %1</source>
        <translation>Dé una contraseña nueva a estos usuarios: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="163"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="167"/>
        <source>The old recovery key no longer opens the database. Write this new one down now and keep it away from this computer; it is not shown again:

%1</source>
        <translation>La clave de recuperación anterior ya no abre la base de datos. Anote esta nueva ahora y guárdela lejos de esta computadora; no se vuelve a mostrar:

%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/users.py" line="191"/>
        <source>%1 signs in with the new password now.</source>
        <translation>%1 inicia sesión ahora con la nueva contraseña.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../ui/text/validation_templates.py" line="17"/>
        <source>&apos;{value}&apos; is neither a scheme ({allowed}) nor a pattern of {letters}</source>
        <translation>«{value}» no es un esquema ({allowed}) ni un patrón de {letters}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="25"/>
        <source>&apos;{value}&apos; is not a year</source>
        <translation>«{value}» no es un año</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="27"/>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>«{value}» no está entre las opciones: {allowed}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="30"/>
        <source>2 letters of first name, 2 of last name, birth year, gender letter (e.g. MALO1985F)</source>
        <translation>2 letras del nombre, 2 del apellido, año de nacimiento y letra del género (p. ej. MALO1985F)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="34"/>
        <source>2+2 letters of first and last name and birth date as MMDDYY (e.g. MALO031585)</source>
        <translation>2+2 letras del nombre y del apellido y la fecha de nacimiento como MMDDAA (p. ej. MALO031585)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="35"/>
        <source>F, L (letters of the first and last name), YYYY or YY, MM, DD (birth date), G (gender) and -</source>
        <translation>F, L (letras del nombre y del apellido), YYYY o YY, MM, DD (fecha de nacimiento), G (género) y -</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="39"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="45"/>
        <source>a random code such as P7KQ3ZT2</source>
        <translation>un código al azar como P7KQ3ZT2</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="47"/>
        <source>a reason is required for more than {limit} kits</source>
        <translation>el motivo es obligatorio para más de {limit} kits</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="52"/>
        <source>a server database is backed up on the server (pg_dump), not by the app</source>
        <translation>una base de datos de servidor se respalda en el servidor (pg_dump), no desde la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="59"/>
        <source>a user named {username} already exists in {database}</source>
        <translation>ya existe un usuario llamado {username} en {database}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="60"/>
        <source>add at least one person</source>
        <translation>agregue al menos a una persona</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="61"/>
        <source>already holds {name}: demo data needs an empty database</source>
        <translation>ya contiene {name}: los datos de demostración necesitan una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="62"/>
        <source>an outreach worker or site lead needs at least one site</source>
        <translation>un trabajador de alcance o un responsable de sitio necesita al menos un sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="63"/>
        <source>any code of 3-40 letters, digits and dashes</source>
        <translation>cualquier código de 3 a 40 letras, dígitos y guiones</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="64"/>
        <source>applies only to a refill</source>
        <translation>solo corresponde a una reposición</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="65"/>
        <source>applies only to a refill; this person has had no kit before</source>
        <translation>solo corresponde a una recarga; esta persona no ha recibido ningún kit antes</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="67"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="68"/>
        <source>cannot be before {earliest}</source>
        <translation>no puede ser anterior al {earliest}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="69"/>
        <source>cannot be changed</source>
        <translation>no se puede cambiar</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="70"/>
        <source>cannot be in the future</source>
        <translation>no puede ser una fecha futura</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="72"/>
        <source>cannot change once stock of this product has been received</source>
        <translation>no se puede cambiar una vez recibido inventario de este producto</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="73"/>
        <source>cannot open the database {target}: {reason}</source>
        <translation>no se puede abrir la base de datos {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="75"/>
        <source>cannot start or end with a space</source>
        <translation>no puede empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="76"/>
        <source>choose at least one person</source>
        <translation>elija al menos una persona</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="14"/>
        <source>&apos;{kind}&apos; is not one of: {allowed}</source>
        <translation>&apos;{kind}&apos; no es uno de: {allowed}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="9"/>
        <source>&apos;age_group&apos; needs the template&apos;s &apos;age_bands&apos;</source>
        <translation>«age_group» necesita las «age_bands» de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="10"/>
        <source>&apos;columns&apos; needs &apos;rows&apos;</source>
        <translation>«columns» necesita «rows»</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="11"/>
        <source>&apos;measures&apos; here needs a list of &apos;measures&apos;</source>
        <translation>«measures» aquí necesita una lista de «measures»</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="12"/>
        <source>&apos;periods&apos; here needs &apos;periods&apos; (such as periods = &apos;month&apos;)</source>
        <translation>«periods» aquí necesita «periods» (como periods = &apos;month&apos;)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="13"/>
        <source>&apos;{id}&apos; is the id of an earlier table</source>
        <translation>«{id}» es el id de una tabla anterior</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="15"/>
        <source>&apos;{measure}&apos; is not a count: no {setting} of it</source>
        <translation>&apos;{measure}&apos; no es un conteo: no admite {setting}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="16"/>
        <source>&apos;{period}&apos; is not a period such as 2025, 2025Q3 or FY2026</source>
        <translation>&apos;{period}&apos; no es un período como 2025, 2025Q3 o FY2026</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="18"/>
        <source>&apos;{value}&apos; is not a band such as &apos;18-24&apos; or &apos;65+&apos; following the one before</source>
        <translation>«{value}» no es un grupo como &apos;18-24&apos; o &apos;65+&apos; que siga al anterior</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="19"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>&apos;{value}&apos; no es una fecha</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="20"/>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD or {example})</source>
        <translation>&apos;{value}&apos; no es una fecha (use AAAA-MM-DD o {example})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="21"/>
        <source>&apos;{value}&apos; is not a span (known: {known})</source>
        <translation>«{value}» no es un intervalo (conocidos: {known})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="22"/>
        <source>&apos;{value}&apos; is not a topic of the program</source>
        <translation>&apos;{value}&apos; no es un tema del programa</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="23"/>
        <source>&apos;{value}&apos; is not a way to cut a period (known: {known})</source>
        <translation>«{value}» no es una forma de dividir un período (conocidas: {known})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="24"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; no es un número entero</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="26"/>
        <source>&apos;{value}&apos; is not known (use one of: {allowed})</source>
        <translation>&apos;{value}&apos; no se reconoce (use uno de: {allowed})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="28"/>
        <source>&apos;{value}&apos; is not one of: {known}</source>
        <translation>«{value}» no es uno de: {known}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="29"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>&apos;{value}&apos; no es sí ni no</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="40"/>
        <source>a key slot holds no database key: restore the key file from a backup</source>
        <translation>una ranura de clave no contiene la clave de la base de datos: restaure el archivo de claves desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="41"/>
        <source>a laptop joins with a database file of its own; a server database is set up once, by its administrator</source>
        <translation>un portátil se une con un archivo de base de datos propio; una base de datos de servidor la configura una sola vez su administrador</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="46"/>
        <source>a rate needs the name of the program&apos;s &apos;denominator&apos;</source>
        <translation>una tasa necesita el nombre del &apos;denominator&apos; del programa</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="48"/>
        <source>a roll-up is a list of 2 to 4 different breakdowns, such as [&apos;region&apos;, &apos;partner&apos;, &apos;site&apos;]</source>
        <translation>un agregado jerárquico es una lista de 2 a 4 desgloses distintos, como [&apos;region&apos;, &apos;partner&apos;, &apos;site&apos;]</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="53"/>
        <source>a table has only rows and columns: with both given as breakdowns there is no side left for {what}</source>
        <translation>una tabla solo tiene filas y columnas: con ambas como desgloses no queda lado para {what}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="57"/>
        <source>a table of &apos;figures&apos; cannot also have &apos;{setting}&apos;</source>
        <translation>una tabla de &apos;figures&apos; no puede tener también &apos;{setting}&apos;</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="58"/>
        <source>a table of one measure needs &apos;rows&apos; (or &apos;periods&apos;)</source>
        <translation>una tabla de una sola medida necesita «rows» (o «periods»)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="66"/>
        <source>at most {count} follow-ups</source>
        <translation>como máximo {count} seguimientos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="71"/>
        <source>cannot be made: the row needs a name and a date of birth (or an external id)</source>
        <translation>no se puede generar: la fila necesita un nombre y una fecha de nacimiento (o un número externo)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="74"/>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="77"/>
        <source>choose the column that holds it</source>
        <translation>elija la columna que lo contiene</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="78"/>
        <source>choose the column that holds the participant ID, or the name and date of birth columns the program&apos;s code is made from</source>
        <translation>elija la columna con el ID del participante, o las columnas de nombre y fecha de nacimiento con las que se genera el código del programa</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="82"/>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="83"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="84"/>
        <source>does not follow the program&apos;s scheme: {scheme}</source>
        <translation>no sigue el esquema del programa: {scheme}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="85"/>
        <source>does not match the date of birth</source>
        <translation>no coincide con la fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="86"/>
        <source>each must be from 1 to 730 days</source>
        <translation>cada uno debe ser de 1 a 730 días</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="87"/>
        <source>enrolment files are written on a laptop&apos;s encrypted database, where accounts have key slots</source>
        <translation>los archivos de inscripción se escriben desde la base de datos cifrada de un portátil, donde las cuentas tienen ranuras de clave</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="91"/>
        <source>follow-ups after the release of {day} are scheduled already</source>
        <translation>los seguimientos tras la excarcelación del {day} ya están programados</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="92"/>
        <source>gender letter, 2+2 letters of first and last name, birth year (e.g. FMALO1985)</source>
        <translation>letra del género, 2+2 letras del nombre y del apellido y año de nacimiento (p. ej. FMALO1985)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="93"/>
        <source>give either &apos;measure&apos; or &apos;measures&apos;, not both</source>
        <translation>indique «measure» o «measures», no ambos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="94"/>
        <source>hand-over</source>
        <translation>entrega</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="95"/>
        <source>integrity: {detail}</source>
        <translation>integridad: {detail}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="96"/>
        <source>is a {kind}, not a {wanted}</source>
        <translation>es un/a {kind}, no un/a {wanted}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="97"/>
        <source>is already in use: someone else saved the same value a moment ago; nothing was saved</source>
        <translation>ya está en uso: otra persona guardó el mismo valor hace un momento; no se guardó nada</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="101"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="102"/>
        <source>is missing (every row needs the participant ID)</source>
        <translation>falta (cada fila necesita el ID de participante)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="103"/>
        <source>is missing (map a category column or choose one for the file)</source>
        <translation>falta (asigne una columna de categoría o elija una para todo el archivo)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="104"/>
        <source>is not a field of a follow-up</source>
        <translation>no es un campo de un seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="105"/>
        <source>is not a field of a {what} that can be corrected</source>
        <translation>no es un campo de {what} que se pueda corregir</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="106"/>
        <source>is not a lot of the chosen product</source>
        <translation>no es un lote del producto elegido</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="107"/>
        <source>is not a participant field</source>
        <translation>no es un campo de participante</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="108"/>
        <source>is not a reporting setting</source>
        <translation>no es un ajuste de los informes</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="109"/>
        <source>is not a reversal field</source>
        <translation>no es un campo de reversión</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="110"/>
        <source>is not a roster field</source>
        <translation>no es un campo de la lista</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="111"/>
        <source>is not a setting</source>
        <translation>no es un ajuste</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="112"/>
        <source>is not a table setting (known: {known})</source>
        <translation>no es un ajuste de tabla (conocidos: {known})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="113"/>
        <source>is not a template setting (known: {known})</source>
        <translation>no es un ajuste de plantilla (conocidos: {known})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="114"/>
        <source>is not a valid record id</source>
        <translation>no es un identificador de registro válido</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="115"/>
        <source>is not a {kind} field</source>
        <translation>no es un campo de {kind}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="116"/>
        <source>is not an attendee</source>
        <translation>no es un asistente</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="117"/>
        <source>is not at one of your sites</source>
        <translation>no corresponde a uno de sus sitios</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="118"/>
        <source>is not on this session&apos;s list</source>
        <translation>no está en la lista de esta sesión</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="119"/>
        <source>is not one of your sites</source>
        <translation>no es uno de sus sitios</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="120"/>
        <source>is not the person of the record the referral is made from</source>
        <translation>no es la persona del registro desde el que se hace la derivación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="121"/>
        <source>is not valid TOML: {reason}</source>
        <translation>no es TOML válido: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="122"/>
        <source>is not your current password</source>
        <translation>no es su contraseña actual</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="123"/>
        <source>is required</source>
        <translation>campo obligatorio</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="124"/>
        <source>is required for a refill</source>
        <translation>se requiere para una reposición</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="125"/>
        <source>is required once contact is recorded</source>
        <translation>es obligatorio una vez registrado el contacto</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="126"/>
        <source>is required when the kit goes to someone not enrolled</source>
        <translation>se requiere cuando el kit es para alguien no inscrito</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="127"/>
        <source>is required: the person has no release date</source>
        <translation>es obligatorio: la persona no tiene fecha de excarcelación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="128"/>
        <source>is the same record as the one to keep</source>
        <translation>es el mismo registro que el que se conserva</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="129"/>
        <source>is too easy to guess: {reason}; use a few uncommon words</source>
        <translation>es demasiado fácil de adivinar: {reason}; use unas cuantas palabras poco comunes</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="130"/>
        <source>is too long (at most {max_len} characters)</source>
        <translation>supera el máximo de {max_len} caracteres</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="131"/>
        <source>is too short (at least {min_len} characters)</source>
        <translation>es demasiado corta (mínimo {min_len} caracteres)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="132"/>
        <source>it is a common password, or close to one</source>
        <translation>es una contraseña común, o se le parece</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="133"/>
        <source>it is a pattern of keys on the keyboard</source>
        <translation>es un patrón de teclas del teclado</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="134"/>
        <source>it is a sequence such as abc or 6543</source>
        <translation>es una secuencia como abc o 6543</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="135"/>
        <source>it is a single common word</source>
        <translation>es una sola palabra común</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="136"/>
        <source>it is built on a common name</source>
        <translation>se basa en un nombre común</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="137"/>
        <source>it is built on a year or a date</source>
        <translation>se basa en un año o una fecha</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="138"/>
        <source>it is too predictable</source>
        <translation>es demasiado previsible</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="139"/>
        <source>it repeats characters or words</source>
        <translation>repite caracteres o palabras</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="140"/>
        <source>kits</source>
        <translation>kits</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="141"/>
        <source>lot {lot} at {site} would fall below zero: {on_hand} kit(s) in stock, this takes {taken}</source>
        <translation>el lote {lot} en {site} quedaría por debajo de cero: hay {on_hand} kit(s) en existencia y esto retira {taken}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="145"/>
        <source>lot {lot} expired on {expiry}</source>
        <translation>el lote {lot} venció el {expiry}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="146"/>
        <source>lot {lot} has been recalled</source>
        <translation>el lote {lot} fue retirado del mercado</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="147"/>
        <source>lot {lot} is already recorded as expiring {expiry}</source>
        <translation>el lote {lot} ya está registrado con vencimiento el {expiry}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="148"/>
        <source>may hold only letters, digits, - and _</source>
        <translation>solo puede contener letras, dígitos, - y _</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="149"/>
        <source>must be a ZIP or postal code (letters, digits, spaces)</source>
        <translation>debe ser un código postal (letras, dígitos, espacios)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="150"/>
        <source>must be a [[tables]] section</source>
        <translation>debe ser una sección [[tables]]</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="151"/>
        <source>must be a date</source>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="152"/>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="153"/>
        <source>must be a list of attendees</source>
        <translation>debe ser una lista de asistentes</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="154"/>
        <source>must be a list of bands in quotes, such as [&apos;0-17&apos;, &apos;18-24&apos;, &apos;25-44&apos;, &apos;45+&apos;]</source>
        <translation>debe ser una lista de grupos entre comillas, como [&apos;0-17&apos;, &apos;18-24&apos;, &apos;25-44&apos;, &apos;45+&apos;]</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="155"/>
        <source>must be a list of names in quotes, such as [&apos;kits&apos;, &apos;doses&apos;]</source>
        <translation>debe ser una lista de nombres entre comillas, como [&apos;kits&apos;, &apos;doses&apos;]</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="156"/>
        <source>must be a server address such as {example}</source>
        <translation>debe ser una dirección de servidor como {example}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="157"/>
        <source>must be a short name of small letters, digits and _, such as people_at_risk</source>
        <translation>debe ser un nombre corto de minúsculas, dígitos y _, como people_at_risk</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="158"/>
        <source>must be a table such as { supply_type = [&apos;refill&apos;] }</source>
        <translation>debe ser una tabla como { supply_type = [&apos;refill&apos;] }</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="159"/>
        <source>must be a time of day</source>
        <translation>debe ser una hora del día</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="160"/>
        <source>must be a unit in quotes, such as &apos;month&apos;, or a list of spans, such as [&apos;report&apos;, &apos;cumulative&apos;]</source>
        <translation>debe ser una unidad entre comillas, como &apos;month&apos;, o una lista de intervalos, como [&apos;report&apos;, &apos;cumulative&apos;]</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="164"/>
        <source>must be a value in quotes or a list of them</source>
        <translation>debe ser un valor entre comillas o una lista de ellos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="165"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="166"/>
        <source>must be a whole number of at least 1</source>
        <translation>debe ser un número entero de al menos 1</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="167"/>
        <source>must be a whole number of at least 2, such as 5 (counts to the nearest 5)</source>
        <translation>debe ser un número entero de al menos 2, como 5 (recuentos al múltiplo de 5 más cercano)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="168"/>
        <source>must be a whole number of days, such as 30</source>
        <translation>debe ser un número entero de días, como 30</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="169"/>
        <source>must be a whole number such as 1000 (a rate per 1,000)</source>
        <translation>debe ser un número entero como 1000 (una tasa por 1,000)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="170"/>
        <source>must be at least {low}</source>
        <translation>debe ser como mínimo {low}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="171"/>
        <source>must be at most {high}</source>
        <translation>debe ser como máximo {high}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="172"/>
        <source>must be between 1 and 100</source>
        <translation>debe estar entre 1 y 100</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="173"/>
        <source>must be days separated by commas, such as 7,30,90</source>
        <translation>deben ser días separados por comas, como 7,30,90</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="174"/>
        <source>must be kept or lost</source>
        <translation>debe conservarse o descartarse</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="175"/>
        <source>must be one of: {known}</source>
        <translation>debe ser uno de: {known}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="176"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="177"/>
        <source>must be text in quotes</source>
        <translation>debe ser texto entre comillas</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="178"/>
        <source>must be the month the fiscal year starts in, 1 to 12 (10: October)</source>
        <translation>debe ser el mes en que empieza el año fiscal, de 1 a 12 (10: octubre)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="179"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="180"/>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="181"/>
        <source>must be yes, no or unknown</source>
        <translation>debe ser sí, no o se desconoce</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="182"/>
        <source>must be {min_days} days or more</source>
        <translation>debe ser de {min_days} días o más</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="183"/>
        <source>must differ from &apos;rows&apos;</source>
        <translation>debe ser distinto de «rows»</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="184"/>
        <source>must differ from the current one</source>
        <translation>debe ser distinta de la actual</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="185"/>
        <source>must differ from the site the kits leave</source>
        <translation>debe ser distinto del sitio de donde salen los kits</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="186"/>
        <source>must not hold a password: set PGPASSWORD or a .pgpass file on this computer instead</source>
        <translation>no debe contener una contraseña: use PGPASSWORD o un archivo .pgpass en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="190"/>
        <source>name at least one account to sign in on the new laptop</source>
        <translation>indique al menos una cuenta que iniciará sesión en el portátil nuevo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="191"/>
        <source>name at least one topic</source>
        <translation>indique al menos un tema</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="192"/>
        <source>names a record that is no longer here</source>
        <translation>nombra un registro que ya no está aquí</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="193"/>
        <source>names a span twice</source>
        <translation>nombra un intervalo dos veces</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="194"/>
        <source>needs a &apos;measure&apos; (or a list of &apos;measures&apos;)</source>
        <translation>necesita una «measure» (o una lista de «measures»)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="195"/>
        <source>needs at least one [[tables]] section</source>
        <translation>necesita al menos una sección [[tables]]</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="196"/>
        <source>needs contact with the person</source>
        <translation>requiere contacto con la persona</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="197"/>
        <source>needs the English &apos;{setting}&apos; beside it</source>
        <translation>necesita también el &apos;{setting}&apos; en inglés</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="198"/>
        <source>no partner is called {name}</source>
        <translation>ninguna organización asociada se llama {name}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="199"/>
        <source>no product has the code {code}</source>
        <translation>ningún producto tiene el código {code}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="200"/>
        <source>no provider is called {name}</source>
        <translation>ningún proveedor se llama {name}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="201"/>
        <source>no report template &apos;{name}&apos; (available: {available})</source>
        <translation>no existe la plantilla de informe «{name}» (disponibles: {available})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="202"/>
        <source>no site &apos;{site}&apos;</source>
        <translation>no existe el sitio «{site}»</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="203"/>
        <source>no site has the code {code}</source>
        <translation>ningún sitio tiene el código {code}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="204"/>
        <source>no such training session</source>
        <translation>esa capacitación no existe</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="205"/>
        <source>no sync server is set: give its address</source>
        <translation>no hay servidor de sincronización: indique su dirección</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="206"/>
        <source>no sync server is set: give its address, or set it once with `oend settings set {key} {example}`</source>
        <translation>no hay servidor de sincronización: indique su dirección, o guárdela una vez con `oend settings set {key} {example}`</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="210"/>
        <source>no topic has the code {code}</source>
        <translation>ningún tema tiene el código {code}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="211"/>
        <source>no usable {product} in stock at this site</source>
        <translation>no hay {product} utilizable en el inventario de este sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="212"/>
        <source>no user is called {username}</source>
        <translation>ningún usuario se llama {username}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="213"/>
        <source>no {kind} has the code &apos;{value}&apos;</source>
        <translation>ningún {kind} tiene el código &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="214"/>
        <source>nobody has completed this training session yet</source>
        <translation>nadie ha completado todavía esta capacitación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="215"/>
        <source>only an administrator may change who can correct entries</source>
        <translation>solo un administrador puede cambiar quién puede corregir registros</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="216"/>
        <source>only an encrypted database file has a key to change</source>
        <translation>solo un archivo de base de datos cifrado tiene una clave que cambiar</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="217"/>
        <source>only an encrypted database file has a recovery key</source>
        <translation>solo un archivo de base de datos cifrado tiene clave de recuperación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="218"/>
        <source>only {available} kit(s) of lot {lot} in stock at this site</source>
        <translation>solo hay {available} kit(s) del lote {lot} en el inventario de este sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="219"/>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="220"/>
        <source>percentages need a table of one &apos;measure&apos; broken down by &apos;rows&apos; alone</source>
        <translation>los porcentajes necesitan una tabla de una sola «measure» desglosada solo por «rows»</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="221"/>
        <source>rates need a table of one &apos;measure&apos; broken down by &apos;rows&apos; alone</source>
        <translation>las tasas necesitan una tabla de una sola &apos;measure&apos; desglosada solo por &apos;rows&apos;</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="222"/>
        <source>receipt</source>
        <translation>recepción</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="223"/>
        <source>referral</source>
        <translation>derivación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="224"/>
        <source>reports</source>
        <translation>informes</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="225"/>
        <source>say whether a kit to someone not enrolled is a first kit or a refill</source>
        <translation>indique si un kit para alguien no inscrito es un primer kit o una recarga</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="226"/>
        <source>say whether contact was made</source>
        <translation>indique si se logró el contacto</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="227"/>
        <source>say why when the reason is &apos;{reason}&apos;</source>
        <translation>explique por qué cuando el motivo es «{reason}»</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="228"/>
        <source>sign in as a user to change a password</source>
        <translation>inicie sesión como usuario para cambiar una contraseña</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="229"/>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="230"/>
        <source>template {name} cannot be used: {problems}</source>
        <translation>la plantilla {name} no se puede usar: {problems}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="231"/>
        <source>that recovery key does not open this database</source>
        <translation>esa clave de recuperación no abre esta base de datos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="232"/>
        <source>the backup was not restored: {problems}</source>
        <translation>la copia de seguridad no se restauró: {problems}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="233"/>
        <source>the database cannot be written here (the file or its folder is read-only); nothing was saved</source>
        <translation>no se puede escribir en la base de datos aquí (el archivo o su carpeta son de solo lectura); no se guardó nada</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="237"/>
        <source>the database file cannot be opened: its folder is missing or cannot be written</source>
        <translation>no se puede abrir el archivo de la base de datos: su carpeta no existe o no se puede escribir en ella</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="238"/>
        <source>the database file cannot be read (it is damaged, or not an OEND database): restore a backup</source>
        <translation>no se puede leer el archivo de la base de datos (está dañado o no es una base de datos de OEND): restaure una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="242"/>
        <source>the database is being upgraded to a new version by another computer: try again in a few minutes</source>
        <translation>otra computadora está actualizando la base de datos a una nueva versión: inténtelo de nuevo en unos minutos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="246"/>
        <source>the database is busy: another program (perhaps an import or a second window) is writing to it; try again</source>
        <translation>la base de datos está ocupada: otro programa (quizá una importación o una segunda ventana) está escribiendo en ella; inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="250"/>
        <source>the database is in use elsewhere: close the other programs using it and try again</source>
        <translation>la base de datos está en uso en otro lugar: cierre los demás programas que la usan e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="254"/>
        <source>the database server did not answer in time: check the network, then try again</source>
        <translation>el servidor de la base de datos no respondió a tiempo: compruebe la red e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="255"/>
        <source>the database server is busy: someone else is saving the same records; try again</source>
        <translation>el servidor de la base de datos está ocupado: otra persona está guardando los mismos registros; inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="256"/>
        <source>the database server is out of room (disk or memory): tell the server&apos;s administrator</source>
        <translation>el servidor de la base de datos se ha quedado sin espacio (disco o memoria): avise a quien administra el servidor</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="260"/>
        <source>the database server is read-only at the moment: tell the server&apos;s administrator</source>
        <translation>el servidor de la base de datos está en modo de solo lectura en este momento: avise a quien administra el servidor</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="261"/>
        <source>the database server took too long to answer (it may be overloaded): try again later</source>
        <translation>el servidor de la base de datos tardó demasiado en responder (puede estar sobrecargado): inténtelo más tarde</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="265"/>
        <source>the database {path} is already open in another OEND window (another process); close it there first</source>
        <translation>la base de datos {path} ya está abierta en otra ventana de OEND (otro proceso); ciérrela allí primero</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="269"/>
        <source>the database {path} is already open in another OEND window (process {pid} of {user} on {host}, since {since}); close it there first</source>
        <translation>la base de datos {path} ya está abierta en otra ventana de OEND (proceso {pid} de {user} en {host}, desde {since}); ciérrela allí primero</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="273"/>
        <source>the database {target} cannot be opened with this key (wrong key, or not an encrypted database)</source>
        <translation>la base de datos {target} no se puede abrir con esta clave (clave incorrecta, o no es una base de datos cifrada)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="277"/>
        <source>the database {target} cannot be read: {reason}</source>
        <translation>no se puede leer la base de datos {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="278"/>
        <source>the database {target} is encrypted: sign in to open it</source>
        <translation>la base de datos {target} está cifrada: inicie sesión para abrirla</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="279"/>
        <source>the database {target} was made by a newer version of OEND (schema {stored}): install that version to open it; nothing was changed</source>
        <translation>la base de datos {target} se creó con una versión más reciente de OEND (esquema {stored}): instale esa versión para abrirla; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="283"/>
        <source>the disk could not be written or read (it may be full or removed); nothing was saved</source>
        <translation>no se pudo escribir ni leer el disco (puede estar lleno o desconectado); no se guardó nada</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="287"/>
        <source>the disk is full: free some space (or choose another folder), then try again; nothing was saved</source>
        <translation>el disco está lleno: libere espacio (o elija otra carpeta) e inténtelo de nuevo; no se guardó nada</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="291"/>
        <source>the encrypted copy does not match the original in: {tables}</source>
        <translation>la copia cifrada no coincide con la original en: {tables}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="292"/>
        <source>the encrypted copy failed its integrity check: {problems}</source>
        <translation>la copia cifrada no pasó la comprobación de integridad: {problems}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="293"/>
        <source>the file has no column &apos;{column}&apos;</source>
        <translation>el archivo no tiene la columna «{column}»</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="294"/>
        <source>the key file {path} is damaged: restore it from a backup</source>
        <translation>el archivo de claves {path} está dañado: restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="295"/>
        <source>the key file {path} is missing: restore it from a backup</source>
        <translation>falta el archivo de claves {path}: restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="296"/>
        <source>the last active administrator cannot be disabled</source>
        <translation>no se puede desactivar al último administrador activo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="297"/>
        <source>the passphrase does not open this enrolment file (or the file was changed): check it with the coordinator</source>
        <translation>la frase de paso no abre este archivo de inscripción (o el archivo fue modificado): confírmela con el coordinador</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="301"/>
        <source>the product has no lot &apos;{value}&apos;</source>
        <translation>el producto no tiene el lote &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="302"/>
        <source>the program has entered no denominator &apos;{name}&apos; (it has: {known}); enter it with oend report denominator set</source>
        <translation>el programa no ha ingresado el denominador &apos;{name}&apos; (tiene: {known}); ingréselo con oend report denominator set</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="306"/>
        <source>the program has no {dimension} &apos;{value}&apos; (it has: {known})</source>
        <translation>el programa no tiene {dimension} «{value}» (tiene: {known})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="307"/>
        <source>the program keeps counts only: no provider names to filter by</source>
        <translation>el programa guarda solo conteos: no hay nombres de proveedores por los que filtrar</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="308"/>
        <source>the recovery slot is of an older format: it needs a new recovery key</source>
        <translation>la ranura de recuperación es de un formato anterior: necesita una clave de recuperación nueva</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="309"/>
        <source>the server {server} belongs to another program: check its address with your coordinator</source>
        <translation>el servidor {server} pertenece a otro programa: confirme su dirección con su coordinador</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="313"/>
        <source>the server {server} holds no enrolment for a new laptop: ask your coordinator to publish one</source>
        <translation>el servidor {server} no tiene ninguna inscripción para un portátil nuevo: pida a su coordinador que publique una</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="317"/>
        <source>the sync server {server} cannot be reached: check its address, that it is running, and the password in PGPASSWORD or .pgpass</source>
        <translation>no se puede conectar con el servidor de sincronización {server}: compruebe su dirección, que esté en marcha y la contraseña en PGPASSWORD o .pgpass</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="321"/>
        <source>the sync server {server} holds the records of another program: nothing was sent or brought; check the server&apos;s address with your coordinator</source>
        <translation>el servidor de sincronización {server} guarda los registros de otro programa: no se envió ni se trajo nada; compruebe la dirección del servidor con su coordinador</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="325"/>
        <source>this database</source>
        <translation>esta base de datos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="326"/>
        <source>this enrolment file is damaged or incomplete (cut short): copy it again, or ask for a new one</source>
        <translation>este archivo de inscripción está dañado o incompleto (cortado): cópielo de nuevo o pida uno nuevo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="330"/>
        <source>this enrolment file was made by a newer version of OEND: install that version to join with it</source>
        <translation>este archivo de inscripción se hizo con una versión más reciente de OEND: instale esa versión para unirse con él</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="334"/>
        <source>this enrolment file was made by an older version of OEND: ask the coordinator for a new one</source>
        <translation>este archivo de inscripción se hizo con una versión anterior de OEND: pida uno nuevo al coordinador</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="338"/>
        <source>this file is not a sync file</source>
        <translation>este archivo no es un archivo de sincronización</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="339"/>
        <source>this file is not an enrolment file</source>
        <translation>este archivo no es un archivo de inscripción</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="340"/>
        <source>this file was imported already, on {date}</source>
        <translation>este archivo ya se importó el {date}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="341"/>
        <source>this laptop has no sync key yet: set up the program on it, or enrol it from the coordinator&apos;s laptop</source>
        <translation>esta laptop aún no tiene clave de sincronización: configure el programa en ella o inscríbala desde la laptop del coordinador</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="345"/>
        <source>this session has no password to check</source>
        <translation>esta sesión no tiene contraseña que comprobar</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="346"/>
        <source>this sync file is for another program</source>
        <translation>este archivo de sincronización es de otro programa</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="347"/>
        <source>this sync file is incomplete (cut short): copy it again from the device that wrote it</source>
        <translation>este archivo de sincronización está incompleto (cortado): cópielo de nuevo desde el equipo que lo escribió</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="351"/>
        <source>this sync file was damaged or changed after it was written</source>
        <translation>este archivo de sincronización se dañó o se modificó después de escribirse</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="352"/>
        <source>this sync file was made by a newer version of OEND: install that version to read it</source>
        <translation>este archivo de sincronización se creó con una versión más reciente de OEND: instale esa versión para leerlo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="356"/>
        <source>this sync file was written on this laptop: read it on the other device</source>
        <translation>este archivo de sincronización se escribió en esta laptop: léalo en el otro dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="357"/>
        <source>tick at least one product</source>
        <translation>marque al menos un producto</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="358"/>
        <source>tick at least one topic covered</source>
        <translation>marque al menos un tema tratado</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="359"/>
        <source>too many failed attempts for {username}: try again in {minutes} minutes</source>
        <translation>demasiados intentos fallidos para {username}: vuelva a intentarlo en {minutes} minutos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="360"/>
        <source>too many failed attempts for {username}: try again in {seconds} seconds</source>
        <translation>demasiados intentos fallidos para {username}: vuelva a intentarlo en {seconds} segundos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="361"/>
        <source>training session</source>
        <translation>sesión de capacitación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="362"/>
        <source>trainings</source>
        <translation>capacitaciones</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="363"/>
        <source>transfer</source>
        <translation>traslado</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="364"/>
        <source>unknown figure &apos;{name}&apos; (known: {known})</source>
        <translation>cifra desconocida &apos;{name}&apos; (conocidas: {known})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="365"/>
        <source>unknown measure &apos;{measure}&apos; (known: {known})</source>
        <translation>medida desconocida «{measure}» (conocidas: {known})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="366"/>
        <source>use 2 to 60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>use de 2 a 60 letras, dígitos, «.», «_» o «-», y empiece con una letra o un dígito</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="367"/>
        <source>was already decided</source>
        <translation>ya fue decidida</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="368"/>
        <source>was already merged into another record</source>
        <translation>ya se fusionó con otro registro</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="369"/>
        <source>was already resolved</source>
        <translation>ya se resolvió</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="370"/>
        <source>was closed on {day}</source>
        <translation>se cerró el {day}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="371"/>
        <source>was merged into another record</source>
        <translation>se fusionó con otro registro</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="372"/>
        <source>was merged into another record; use that one</source>
        <translation>se fusionó con otro registro; use ese</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="373"/>
        <source>was recorded on {day}; correct it instead</source>
        <translation>se registró el {day}; corríjalo en su lugar</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="374"/>
        <source>was voided; a void record cannot be corrected</source>
        <translation>fue anulado; un registro anulado no se puede corregir</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="375"/>
        <source>write-off</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="376"/>
        <source>wrong password</source>
        <translation>contraseña incorrecta</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="377"/>
        <source>wrong username or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="378"/>
        <source>you cannot disable your own account</source>
        <translation>no puede desactivar su propia cuenta</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="379"/>
        <source>your account no longer exists</source>
        <translation>su cuenta ya no existe</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="380"/>
        <source>{code} appears again (first on row {first})</source>
        <translation>{code} aparece de nuevo (primero en la fila {first})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="381"/>
        <source>{code} does not follow the scheme: {scheme}</source>
        <translation>{code} no sigue el esquema: {scheme}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="382"/>
        <source>{code} has {records} on record: void those first, or merge a duplicate into the record kept</source>
        <translation>{code} tiene {records} registrados: anúlelos primero, o fusione el duplicado con el registro que se conserva</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="386"/>
        <source>{code} is already in use</source>
        <translation>{code} ya está en uso</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="387"/>
        <source>{code} is already on the list</source>
        <translation>{code} ya está en la lista</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="388"/>
        <source>{code} was merged into another record</source>
        <translation>{code} se fusionó con otro registro</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="389"/>
        <source>{kits} kit hand-over(s) are linked to this session: void them or link them to the session kept first</source>
        <translation>{kits} entrega(s) de kits están vinculadas a esta sesión: anúlelas o vincúlelas primero a la sesión que se conserva</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="393"/>
        <source>{kits} kit(s) are still in stock here: transfer or write them off first</source>
        <translation>aún hay {kits} kit(s) en el inventario de este sitio: transfiéralos o délos de baja primero</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="394"/>
        <source>{kits} kit(s) of it are still in stock: hand them out or write them off first</source>
        <translation>aún quedan {kits} kit(s) en inventario: entréguelos o délos de baja primero</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="395"/>
        <source>{kits} replacement kit hand-over(s) are linked to this report: void them or link them to another first</source>
        <translation>{kits} entrega(s) de kits de reemplazo están vinculadas a este informe: anúlelas o vincúlelas primero a otro</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="399"/>
        <source>{measure} cannot be broken down by &apos;{dimension}&apos; (it can by: {known})</source>
        <translation>{measure} no se puede desglosar por «{dimension}» (sí por: {known})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="400"/>
        <source>{measure} cannot be filtered by &apos;{dimension}&apos;</source>
        <translation>{measure} no se puede filtrar por «{dimension}»</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="401"/>
        <source>{name} cannot be read with this database&apos;s key ({reason})</source>
        <translation>{name} no se puede leer con la clave de esta base de datos ({reason})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="402"/>
        <source>{name} is already taken</source>
        <translation>{name} ya está en uso</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="403"/>
        <source>{name} is in use already</source>
        <translation>{name} ya está en uso</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="404"/>
        <source>{name} is not an OEND database</source>
        <translation>{name} no es una base de datos de OEND</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="405"/>
        <source>{name} is retired</source>
        <translation>{name} está retirado</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="406"/>
        <source>{name} is retired already</source>
        <translation>{name} ya está retirado</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="407"/>
        <source>{path} already exists: this database is already set up</source>
        <translation>{path} ya existe: esta base de datos ya está configurada</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="408"/>
        <source>{path} cannot be written there ({reason}): choose another folder</source>
        <translation>no se puede escribir {path} ahí ({reason}): elija otra carpeta</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="409"/>
        <source>{path} cannot be written: its folder cannot be made ({reason})</source>
        <translation>no se puede escribir {path}: no se puede crear su carpeta ({reason})</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="410"/>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="411"/>
        <source>{path} is encrypted but its key file {key_file} is missing</source>
        <translation>el archivo {path} está cifrado pero falta su archivo de claves {key_file}</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="412"/>
        <source>{path} is not an OEND key file this version can read</source>
        <translation>{path} no es un archivo de claves de OEND que esta versión pueda leer</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="413"/>
        <source>{path} is not an unencrypted SQLite database</source>
        <translation>{path} no es una base de datos SQLite sin cifrar</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="414"/>
        <source>{path} stayed locked by another process for {seconds} s</source>
        <translation>{path} siguió bloqueado por otro proceso durante {seconds} s</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="415"/>
        <source>{target} already holds a program: a laptop joins a program only before it is set up</source>
        <translation>{target} ya contiene un programa: un portátil solo se une a un programa antes de configurarlo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="419"/>
        <source>{target} is already set up: sign in as its administrator instead</source>
        <translation>{target} ya está configurada: inicie sesión como su administrador</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="420"/>
        <source>{username} ({role}) may correct an entry only within {days} days of making it; ask a site lead or coordinator</source>
        <translation>{username} ({role}) solo puede corregir un registro dentro de los {days} días siguientes a hacerlo; pida ayuda a un responsable de sitio o a la coordinación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="424"/>
        <source>{username} ({role}) may correct only entries at their own sites</source>
        <translation>{username} ({role}) solo puede corregir registros de sus propios sitios</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="425"/>
        <source>{username} ({role}) may correct only their own entries; ask a site lead or coordinator</source>
        <translation>{username} ({role}) solo puede corregir sus propios registros; pida ayuda a un responsable de sitio o a la coordinación</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="429"/>
        <source>{username} ({role}) may not correct records</source>
        <translation>{username} ({role}) no puede corregir registros</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="430"/>
        <source>{username} ({role}) may not do this</source>
        <translation>{username} ({role}) no puede hacer esto</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="431"/>
        <source>{username} does not work at that site</source>
        <translation>{username} no trabaja en ese sitio</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="432"/>
        <source>{username} holds no authority key: sign in again as an administrator to change anyone&apos;s rights</source>
        <translation>{username} no tiene la clave de autoridad: vuelva a iniciar sesión como administrador para cambiar los permisos de alguien</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="436"/>
        <source>{username} is not an active user</source>
        <translation>{username} no es un usuario activo</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="437"/>
        <source>{username} may no longer do this</source>
        <translation>{username} ya no puede hacer esto</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="438"/>
        <source>{username} must sign in on this laptop once first (or be given a new password)</source>
        <translation>{username} debe iniciar sesión una vez en este portátil primero (o recibir una contraseña nueva)</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="439"/>
        <source>{username}&apos;s rights were changed outside the app: an administrator must review them</source>
        <translation>los permisos de {username} se cambiaron fuera de la aplicación: un administrador debe revisarlos</translation>
    </message>
    <message>
        <location filename="../ui/text/validation_templates.py" line="443"/>
        <source>{who} changed this record at {when}, after you opened it; nothing was saved. Reload it to see their change, then make yours again</source>
        <translation>{who} cambió este registro el {when}, después de que usted lo abrió; no se guardó nada. Vuelva a cargarlo para ver su cambio y luego haga el suyo de nuevo</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../ui/dialogs/void_dialog.py" line="35"/>
        <source>Void %1</source>
        <translation>Anular %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/void_dialog.py" line="38"/>
        <source>Void %1? It stays in the audit trail but leaves every list and count.</source>
        <translation>¿Anular %1? Queda en el registro de auditoría, pero sale de todas las listas y recuentos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/void_dialog.py" line="47"/>
        <source>For example: entered twice</source>
        <translation>Por ejemplo: registrada dos veces</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/void_dialog.py" line="48"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/void_dialog.py" line="54"/>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/void_dialog.py" line="60"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/stock.py" line="316"/>
        <source>Edit a write-off</source>
        <translation>Corregir una baja</translation>
    </message>
</context>
<context>
    <name>WriteOffForm</name>
    <message>
        <location filename="../../forms/write_off.ui" line="14"/>
        <source>Remove expired or damaged stock</source>
        <translation>Dar de baja inventario vencido o dañado</translation>
    </message>
    <message>
        <location filename="../../forms/write_off.ui" line="23"/>
        <source>Kits that can no longer be handed out leave the stock count.</source>
        <translation>Los kits que ya no se pueden entregar salen del recuento de inventario.</translation>
    </message>
    <message>
        <location filename="../../forms/write_off.ui" line="48"/>
        <source>&amp;Site</source>
        <translation>&amp;Sitio</translation>
    </message>
    <message>
        <location filename="../../forms/write_off.ui" line="68"/>
        <source>&amp;Lot</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <location filename="../../forms/write_off.ui" line="88"/>
        <source>&amp;Kits</source>
        <translation>&amp;Kits</translation>
    </message>
    <message>
        <location filename="../../forms/write_off.ui" line="115"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../forms/write_off.ui" line="135"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../forms/write_off.ui" line="156"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../forms/write_off.ui" line="166"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
</TS>

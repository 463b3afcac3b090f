# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x00\xd9\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2212\
\x22 height=\x2212\x22 vi\
ewBox=\x220 0 12 12\
\x22><path d=\x22M2.5 \
4.5 6 8l3.5-3.5\x22\
 fill=\x22none\x22 str\
oke=\x22#5f6c7b\x22 st\
roke-width=\x221.6\x22\
 stroke-linecap=\
\x22round\x22 stroke-l\
inejoin=\x22round\x22/\
></svg>\x0a\
"

qt_resource_name = b"\
\x00\x04\
\x00\x07\x5cD\
\x00o\
\x00e\x00n\x00d\
\x00\x10\
\x0e\x17\x06\x87\
\x00c\
\x00h\x00e\x00v\x00r\x00o\x00n\x00-\x00d\x00o\x00w\x00n\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\
\x00\x00\x00\x00\x00\x00\x00\x00\
\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x01\xa2\x13\xcd\xd4\x8b\
"


def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)


def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)


qInitResources()

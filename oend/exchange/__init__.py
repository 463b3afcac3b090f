"""Spreadsheet and CSV exchange: streaming exports of any list and roster imports."""

"""Loading the office's workbooks and CSV files: read (`read`), recognise (`columns`,
`mapping`), turn rows into facts (`rows`), plan and apply through `ingest` (`run`), and
write workbooks that load back (`workbook`)."""

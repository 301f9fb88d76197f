/// The report's only stylesheet, inline: no fonts or files are fetched.
enum Stylesheet {
    static let css = """
    :root { --ink: #222; --muted: #555; --line: #d0d0d0; --pass: #0072B2; --partial: #E69F00; --fail: #D55E00; --na: #8C8C8C; --attest: #CC79A7; }
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
           margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.45; font-size: 15px; }
    h1 { font-size: 28px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
    h3 { font-size: 17px; margin: 20px 0 8px; }
    .subtitle { color: var(--muted); margin: 0 0 16px; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
    dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 150px; }
    .card .big { font-size: 30px; font-weight: 700; display: block; }
    .card .small { color: var(--muted); font-size: 13px; }
    .charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; margin: 8px 0; }
    figure { margin: 0; } figcaption { color: var(--muted); font-size: 13px; }
    svg.chart { max-width: 100%; height: auto; font-family: inherit; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
    th, td { border: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top; }
    th { background: #f3f3f3; } td.num { text-align: right; white-space: nowrap; }
    .status { display: inline-block; padding: 1px 7px; border-radius: 10px; font-weight: 600; white-space: nowrap; font-size: 13px; border: 1.5px solid; }
    .status-pass { color: #005a8c; border-color: var(--pass); background: #e5f1f8; }
    .status-partial { color: #7a5200; border-color: var(--partial); background: #fdf3dc; }
    .status-fail, .status-error { color: #a34400; border-color: var(--fail); background: #fbe9df; }
    .status-not-assessed { color: #444; border-color: var(--na); background: #f1f1f1; border-style: dashed; }
    .status-needs-attestation { color: #7d3b63; border-color: var(--attest); background: #f8ebf2; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12.5px; }
    code.cmd { display: block; background: #f5f5f5; border: 1px solid var(--line); border-radius: 4px; padding: 3px 6px; margin: 3px 0; white-space: pre-wrap; word-break: break-all; }
    code.loc { color: var(--muted); word-break: break-all; }
    ul.evidence { margin: 0; padding-left: 16px; } ul.evidence li { margin: 0 0 2px; }
    ol.next li { margin-bottom: 10px; } .gain { font-weight: 700; color: var(--pass); }
    .legend { background: #fafafa; border: 1px solid var(--line); border-radius: 8px; padding: 4px 16px 8px; font-size: 14px; }
    .legend h2 { border: 0; font-size: 16px; margin: 8px 0 4px; } .legend ul { margin: 0; padding-left: 18px; }
    .scroll { overflow-x: auto; max-width: 100%; } table.heat { width: auto; } .heat td:first-child { min-width: 220px; }
    .heat td.cell { text-align: center; font-weight: 700; padding: 3px 6px; width: 32px; }
    .heat th.ind { writing-mode: vertical-rl; transform: rotate(180deg); font-size: 12px; white-space: nowrap; padding: 4px 2px; }
    .heat td.cell.pass { background: #cfe5f2; } .heat td.cell.partial { background: #fbe3b0; }
    .heat td.cell.fail, .heat td.cell.error { background: #f5c3a6; }
    .heat td.cell.not-assessed { background: #eeeeee; color: #666; } .heat td.cell.needs-attestation { background: #f1d6e6; }
    .change-up { color: #005a8c; font-weight: 700; } .change-down { color: #a34400; font-weight: 700; } .change-same { color: var(--muted); }
    .errors li { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
    nav.toc ol { font-size: 14px; } nav.toc .file { color: var(--muted); }
    footer { margin-top: 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
    a { color: #005a8c; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; }
      #overview ~ section.record, section.record ~ section.record { break-before: page; page-break-before: always; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      tr, figure, .card, ol.next li { break-inside: avoid; page-break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .scroll { overflow: visible; } table.heat { font-size: 8pt; } .heat td.cell { width: auto; padding: 2px; }
      .status, .heat td.cell, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}

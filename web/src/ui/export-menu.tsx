/** The Export menu: the canvas as shown, as spreadsheet tables, graph files for other tools, or a picture. */
import { useState } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import { runExport, type ExportFormat } from '../export/run.ts';

const CHOICES: { format: ExportFormat; label: string; title: string }[] = [
  { format: 'csv', label: 'Spreadsheet (CSV, zip)', title: 'Entities, relations, evidence and notes as four CSV files in a zip' },
  { format: 'graphml', label: 'GraphML', title: 'For yEd, Cytoscape desktop, networkx and most graph tools' },
  { format: 'gexf', label: 'GEXF (Gephi)', title: 'For Gephi and Gephi Lite' },
  { format: 'svg', label: 'SVG picture', title: 'The canvas with a title, legend and source line, as a vector picture' },
  { format: 'png', label: 'PNG picture', title: 'The canvas with a title, legend and source line, as an image' },
  { format: 'briefing', label: 'Printable briefing (HTML)', title: 'The picture, then a table of the relations shown with their strongest sentences; open it and print to PDF' },
];

export function ExportMenu({ controller, isEmpty }: { controller: Controller; isEmpty: boolean }) {
  const [isOpen, setOpen] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const choose = async (format: ExportFormat) => {
    setOpen(false);
    setBusy(true);
    await runExport(controller, format);
    setBusy(false);
  };
  return (
    <div class="menu">
      <button id="export-button" aria-expanded={isOpen} aria-controls="export-panel" disabled={isEmpty || isBusy} title="Export the canvas as shown" onClick={() => setOpen(!isOpen)}>
        {isBusy ? 'Exporting…' : 'Export ▾'}
      </button>
      {isOpen && (
        <div id="export-panel" class="popover export-panel" role="group" aria-label="Export the canvas as shown" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {CHOICES.map((c) => (
            <button key={c.format} id={`export-${c.format}`} title={c.title} onClick={() => void choose(c.format)}>
              {c.label}
            </button>
          ))}
          <p class="muted">What the filters hide is left out; notes go with every file.</p>
        </div>
      )}
    </div>
  );
}

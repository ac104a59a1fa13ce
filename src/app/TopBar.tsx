import { useRef, type ReactNode } from 'react';

interface TopBarProps {
  title: string;
  search: ReactNode;
  onOpenFile(file: File): void;
  /** Further toolbar items, such as the Export menu. */
  children?: ReactNode;
}

export function TopBar({ title, search, onOpenFile, children }: TopBarProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden="true">◐</span>
        <div>
          <h1>Diplomacy Graph</h1>
          <p className="dataset-name muted" title={title}>
            {title}
          </p>
        </div>
      </div>
      {search}
      <div className="toolbar" role="toolbar" aria-label="Dataset">
        <button type="button" onClick={() => input.current?.click()}>
          Open dataset…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,.gz,application/json,application/gzip"
          className="visually-hidden"
          aria-label="Dataset file"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onOpenFile(file);
            e.currentTarget.value = '';
          }}
        />
        {children}
      </div>
    </header>
  );
}

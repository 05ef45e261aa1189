import type { JsonNode } from '../../lib/preview/formats/json-view';
import { useT } from '../i18n-context';

function Label({ node }: { node: JsonNode }) {
  const t = useT();
  return (
    <>
      {node.key !== null && <span class="pv-json-key">{node.key}: </span>}
      {node.kind === 'array' || node.kind === 'object' ? (
        <span class="pv-muted">
          {node.kind === 'array' ? `[${node.size}]` : `{${node.size}}`}
          {node.cut ? ` ${t('formats.view.cut')}` : ''}
        </span>
      ) : (
        <span class={`pv-json-${node.kind}`}>{node.kind === 'string' ? JSON.stringify(node.text) : node.text}</span>
      )}
      {node.lossy && (
        <span class="pv-badge" title={t('formats.view.lossyTitle')}>
          {t('formats.view.lossy')}
        </span>
      )}
    </>
  );
}

function Node({ node, depth }: { node: JsonNode; depth: number }) {
  if (!node.children || node.children.length === 0) {
    return (
      <li>
        <Label node={node} />
      </li>
    );
  }
  return (
    <li>
      <details open={depth < 2}>
        <summary>
          <Label node={node} />
        </summary>
        <ul>
          {node.children.map((c, i) => (
            <Node key={i} node={c} depth={depth + 1} />
          ))}
        </ul>
      </details>
    </li>
  );
}

/** A collapsible JSON tree (native details/summary: keyboard and screen reader work as they should). */
export function JsonTree({ root }: { root: JsonNode }) {
  const t = useT();
  return (
    <ul class="pv-json" aria-label={t('formats.view.treeLabel')}>
      <Node node={root} depth={0} />
    </ul>
  );
}

import { render } from 'preact';
import '../../components/theme.css';
import '../../components/licence/licence-card.css';
import '../../components/attribution/attribution.css';
import '../../components/preview/preview.css';
import '../../components/shell/shell.css';
import '../popup/popup.css';
import './viewer.css';
import { parseViewerQuery } from '../../lib/viewer/query';
import { Viewer } from './Viewer';

render(<Viewer query={parseViewerQuery(new URL(location.href).searchParams)} />, document.getElementById('root')!);

import { render } from 'preact';
import '../../components/theme.css';
import '../../components/licence/licence-card.css';
import '../../components/attribution/attribution.css';
import '../../components/preview/preview.css';
import '../../components/preview/formats.css';
import '../../components/shell/shell.css';
import './popup.css';
import { App } from './App';
import { popupTarget } from './target';
import { markWhenContentPainted } from './timing';

const root = document.getElementById('root')!;
markWhenContentPainted(root);
render(<App target={popupTarget(new URL(location.href))} />, root);

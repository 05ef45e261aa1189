import { render } from 'preact';
import '../../components/theme.css';
import '../../components/licence/licence-card.css';
import '../../components/attribution/attribution.css';
import '../../components/preview/preview.css';
import '../../components/preview/formats.css';
import './popup.css';
import { App } from './App';
import { popupTarget } from './target';

const target = popupTarget(new URL(location.href));
document.documentElement.lang = target.lang;
render(<App target={target} />, document.getElementById('root')!);

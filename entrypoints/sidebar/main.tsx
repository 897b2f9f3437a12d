import { render } from 'preact';
import { Sidebar } from '../../components/Sidebar';

render(<Sidebar />, document.getElementById('app')!);

import { render } from 'preact';
import { LibraryPage } from '../../components/LibraryPage';

render(<LibraryPage />, document.getElementById('app')!);

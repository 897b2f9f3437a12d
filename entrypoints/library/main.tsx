import { render } from 'preact';
import { LibraryPage } from '../../components/LibraryPage';
import { t } from '../../utils/i18n';

// The page's title and language follow the messages file in use (a translation sets both).
document.title = t('pageTitleLibrary');
document.documentElement.lang = t('htmlLang');
render(<LibraryPage />, document.getElementById('app')!);

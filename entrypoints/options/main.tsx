import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { t } from '../../utils/i18n';

// The page's title and language follow the messages file in use (a translation sets both).
document.title = t('pageTitleOptions');
document.documentElement.lang = t('htmlLang');
render(<OptionsPage />, document.getElementById('app')!);

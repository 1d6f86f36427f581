import ui from './ui.json';
import reportPanel from './reportPanel.json';
import protection from './protection.json';
import report from './report.json';
import messages from './messages.json';
import cli from './cli.json';
import dialogs from './dialogs.json';
import menu from './menu.json';
import kit from './kit.json';
import help from './help.json';

/** The zh catalog: one JSON file per namespace. */
export default { ui, reportPanel, protection, report, messages, cli, dialogs, menu, kit, help };

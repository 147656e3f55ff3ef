// Foundation UI checks: the seed article (or the project's sample) opens as News Text, the News Lens
// container is in the activity bar, and the Speakers view shows its welcome text when no article is open.
import fs from 'node:fs';
import path from 'node:path';

const SEED = '000_5d0278a4d8633017.txt';
const SAMPLE = '001_port_strike.txt';

export const steps = [
  {
    name: 'Speakers view shows how to open a news file',
    run: async (ui) => {
      await ui.closeAllEditors();
      await ui.openActivity('News Lens');
      await ui.waitForText('Open a news article to see who said what.', { within: '.sidebar' });
      await ui.waitForText('Annotate as News Text', { within: '.sidebar' });
      await ui.shot('foundation-speakers-welcome');
    },
  },
  {
    name: 'the seed article opens as News Text with the News Lens container in the activity bar',
    run: async (ui) => {
      const article = fs.existsSync(path.join(ui.workspace, SEED)) ? SEED : SAMPLE;
      await ui.openFile(article);
      await ui.languageMode().filter({ hasText: 'News Text' }).waitFor({ timeout: 30000 });
      await ui.activityItem('News Lens').waitFor({ timeout: 10000 });
      await ui.openActivity('News Lens');
      await ui.shot('foundation-seed');
    },
  },
  {
    // The project's own sample: a screenshot that may be published (the seed article's text may not).
    name: 'the sample article opens as News Text',
    run: async (ui) => {
      await ui.openFile(SAMPLE);
      await ui.languageMode().filter({ hasText: 'News Text' }).waitFor({ timeout: 30000 });
      await ui.openActivity('News Lens');
      await ui.shot('foundation-sample');
    },
  },
];

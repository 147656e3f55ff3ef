/** `news-lens` command-line front end. PLACEHOLDER until the CLI lands. */
process.stderr.write('news-lens: not implemented yet\n');
process.exitCode = 2;

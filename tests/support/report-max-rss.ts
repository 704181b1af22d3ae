// Preloaded into a child process (`node --import`): at exit, writes the process's peak resident
// memory in kilobytes (the kernel's own high-water mark) to file descriptor 3.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(3, String(process.resourceUsage().maxRSS));
});

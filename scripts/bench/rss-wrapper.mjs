// Fallback when /usr/bin/time is absent: run the CLI in this process and, on
// exit, write process.resourceUsage().maxRSS (bytes) to the file named by the
// first argument. Worker threads share the process, so their memory counts.
// Usage: node rss-wrapper.mjs RSS_FILE CLI_PATH [cli args...]
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [rssFile, cliPath, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], cliPath, ...args]
process.on('exit', () => {
  // maxRSS is in kilobytes.
  writeFileSync(rssFile, String(process.resourceUsage().maxRSS * 1024))
})
await import(pathToFileURL(cliPath).href)

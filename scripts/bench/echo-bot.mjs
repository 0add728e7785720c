// The load baseline: a bare echo bot on the same SDK and web framework as the clinic bot (this
// project's node_modules), so `npm run bench` compares the clinic bot's cost per turn with the
// SDK's own. Plain JavaScript: no TypeScript loader in the way.
import express from 'express';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context) => {
  await context.sendActivity('echo-bot error');
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}
const bot = new EchoBot();

const app = express();
app.use(express.json());
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`echo bot ready: open http://localhost:${server.address().port}/\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));

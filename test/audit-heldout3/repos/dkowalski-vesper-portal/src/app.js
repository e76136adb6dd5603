import express from 'express';
import helmet from 'helmet';
import coursesRouter from './routes/courses.js';

const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use('/courses', coursesRouter);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});

export default app;

import Fastify from 'fastify';
import pg from 'pg';

// The baselines: Fastify with no plugins and no logger answering a fixed JSON object, and, when DATABASE_URL is
// set, the same with one prepared PostgreSQL query per request (the floor of any database-backed route). It answers
// the same health path as Kitt so one helper can wait for either.
const app = Fastify({ logger: false });
const body = { id: '00000000-0000-4000-8000-000000000000', name: 'Hamid Rahimi', grant: 'consent' };
app.get('/api/health', async () => ({ status: 'ok' }));
app.get('/bare', async () => body);
if (process.env.DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  app.get('/one-query', async () => {
    const { rows } = await pool.query({ name: 'one', text: 'select $1::text as name', values: [body.name] });
    return { ...body, name: rows[0].name as string };
  });
}
await app.listen({ port: Number(process.env.PORT ?? 3100), host: process.env.HOST ?? '127.0.0.1' });

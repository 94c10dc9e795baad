// The machine's ceiling: a bare node:http server answering a few bytes, measured like the app.
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3409);
createServer((request, response) => {
	response.writeHead(200, { 'content-type': 'text/plain' });
	response.end('hello');
}).listen(port, () => console.log(`hello on ${port}`));

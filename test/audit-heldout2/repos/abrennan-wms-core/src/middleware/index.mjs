import { randomUUID } from "crypto";

function requestId(req, res, next) {
	const incoming = req.get("x-request-id");
	req.id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
	res.set("x-request-id", req.id);
	next();
}

function timing(req, res, next) {
	const start = process.hrtime.bigint();
	res.on("finish", () => {
		const ms = Number(process.hrtime.bigint() - start) / 1e6;
		console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
	});
	next();
}

export { requestId, timing };

import prisma from "../../../lib/prisma";

async function listItems(query) {
    const take = Math.min(Number(query.take) || 20, 100);
    const skip = Math.max(Number(query.skip) || 0, 0);
    return prisma.booking.findMany({ take, skip, orderBy: { id: "desc" } });
}

async function createItem(body) {
    if (!body || !body.guestName) {
        const err = new Error("guestName is required");
        err.status = 400;
        throw err;
    }
    return prisma.booking.create({ data: { guestName: body.guestName, checkIn: body.checkIn ?? null } });
}

export default async function handler(req, res) {
    try {
        if (req.method === "GET") {
            return res.status(200).json(await listItems(req.query));
        }
        if (req.method === "POST") {
            return res.status(201).json(await createItem(req.body));
        }
        res.setHeader("Allow", "GET, POST");
        return res.status(405).end();
    } catch (err) {
        return res.status(err.status || 500).json({ error: err.message });
    }
}

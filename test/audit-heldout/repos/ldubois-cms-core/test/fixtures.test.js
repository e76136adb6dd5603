describe('fixtures', () => {
  it('provides sample articles rows', () => {
    const rows = global.sampleArticles();
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
  });

  it('points storage at a temp dir', () => {
    expect(process.env.STORAGE_ROOT).toBeTruthy();
  });
});

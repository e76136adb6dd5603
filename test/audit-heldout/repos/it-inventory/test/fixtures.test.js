describe('fixtures', () => {
  it('provides sample assets rows', () => {
    const rows = global.sampleAssets();
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
  });

  it('points storage at a temp dir', () => {
    expect(process.env.STORAGE_ROOT).toBeTruthy();
  });
});

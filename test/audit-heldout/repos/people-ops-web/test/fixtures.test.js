describe('fixtures', () => {
  it('provides sample employees rows', () => {
    const rows = global.sampleEmployees();
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
  });

  it('points storage at a temp dir', () => {
    expect(process.env.STORAGE_ROOT).toBeTruthy();
  });
});

describe('fixtures', () => {
  it('provides sample vehicles rows', () => {
    const rows = global.sampleVehicles();
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
  });

  it('points storage at a temp dir', () => {
    expect(process.env.STORAGE_ROOT).toBeTruthy();
  });
});

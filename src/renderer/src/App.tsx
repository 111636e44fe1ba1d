export function App() {
  return (
    <main>
      <h1>Berkas</h1>
      <p>Pengelola berkas perkara TPPO. Layar aplikasi sedang dibangun; gunakan perintah berkas.</p>
    </main>
  );
}

from setuptools import find_packages, setup

with open('README.md', encoding='utf-8') as fh:
  long_description = fh.read()

setup(
  name='survey-kit',
  version='0.5.8',
  description='Survey management service',
  long_description=long_description,
  long_description_content_type='text/markdown',
  packages=find_packages(exclude=('tests',)),
  python_requires='>=3.9',
  install_requires=[
    'django>=4.2,<5',
    'psycopg[binary]',
  ],
  extras_require={'dev': ['pytest>=7', 'ruff']},
  entry_points={'console_scripts': ['survey-kit=survey_kit.cli:main']},
)
